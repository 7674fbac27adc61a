using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who lodged a protest?" and "Prime Minister Shinzo Abe called the launch ..., and his government lodged a protest":
/// the asked verb's subject is a body a person's pronoun owns ("his government", "her ministry"), so the deed is the
/// body's, not the person's. The body of a national leader is their country's: the country the person's title names
/// by its demonym ("Japanese Prime Minister") answers, and the person does not.
/// </summary>
internal static class OwnedBody
{
    /// <summary>How much of its fit a person keeps whose pronoun owns the body that did the asked deed.</summary>
    public const double OwnerOnly = 0.3;

    /// <summary>How well the owner's country fits as the one who did it.</summary>
    public const double CountryFit = 0.85;

    private static readonly HashSet<string> Bodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "administration", "cabinet", "ministry", "country", "office", "party", "team", "navy", "army", "military", "embassy",
    };

    /// <summary>The person whose "his/her/their" owns the body right before the asked verb, or null.</summary>
    public static Annotation? Owner(QuestionReading question, Passage passage)
    {
        var verbs = question.VerbTerms();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text.ToLowerInvariant() is not ("his" or "her" or "their") || !Bodies.Contains(tokens[i + 1].Text) || !verbs.Any(v => v.IsIn(stems[i + 2])))
            {
                continue;
            }

            foreach (var person in passage.Of(AnnotationKind.Person))
            {
                if (person.Start == tokens[i].Start)
                {
                    return person;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The country the owner's title in the sentence names by its demonym ("Japanese Prime Minister" → Japan), or null.</summary>
    public static string? CountryOf(Passage passage, Annotation owner, Func<string, IEnumerable<string>> countries)
    {
        foreach (var title in passage.Of(AnnotationKind.Title))
        {
            if ((title.Value == owner.Value || title.Value == Language.Reading.ArticlePerson.KeyOf(owner.Value)) && countries(title.TextIn(passage.Text)).Distinct().ToList() is [var one])
            {
                return one;
            }
        }

        return null;
    }
}
