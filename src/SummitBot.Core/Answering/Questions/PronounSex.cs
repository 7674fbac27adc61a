using SummitBot.Language.Reading;
using SummitBot.Search;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Whom a follow-up's "he" or "she" is when the last answer was a person the sources give the other sex: "Who held
/// Lund's folder?" answered by his sister, then "how long did he stay?" asks of Lund, the person the question named,
/// not of her. Spelt with her name, the follow-up was declined (nothing says how long she stayed).
/// </summary>
internal static class PronounSex
{
    /// <summary>The context with the person the last question named in place of its answer, when the pronoun fits only the named one.</summary>
    public static FollowUpContext Fit(string text, FollowUpContext context, PeopleCatalog people)
    {
        if (context.Person is not { } answer || context.Named is not { } named || SexOf(text) is not { } asked)
        {
            return context;
        }

        var answerSex = Of(answer, people);
        return answerSex != '\0' && answerSex != asked && Of(named, people) is var namedSex && (namedSex == '\0' || namedSex == asked)
            ? context with { Person = named }
            : context;
    }

    /// <summary>'m' or 'f' by the first person pronoun of the question; null when it has none.</summary>
    private static char? SexOf(string text)
    {
        foreach (var word in Language.Tokenizer.LowerWords(text))
        {
            if (word is "he" or "him" or "his" or "himself")
            {
                return 'm';
            }

            if (word is "she" or "her" or "hers" or "herself")
            {
                return 'f';
            }
        }

        return null;
    }

    /// <summary>
    /// 'm' or 'f' when the titles the sources give the person name kin of one sex only ("his younger sister"), else '\0'.
    /// Titles that disagree say nothing.
    /// </summary>
    private static char Of(string name, PeopleCatalog people)
    {
        if (people.ByName(name) is not { } person)
        {
            return '\0';
        }

        var sexes = person.Titles.Select(t => ArticlePerson.KinGender(t.Title)).Where(g => g != '\0').Distinct().ToList();
        return sexes.Count == 1 ? sexes[0] : '\0';
    }
}
