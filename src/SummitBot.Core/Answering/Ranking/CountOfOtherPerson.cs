using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many rescues did Dahl make?" is not answered by "Berg made nine rescues that winter, and Dahl, the younger
/// pilot, managed four": the count stands in a clause whose subject is another named person (Berg), while the person
/// asked is named in a clause of their own in the same sentence. The count is the other person's, however close the
/// asked name stands. Asked how many or how much of a named person; only when the count's clause opens with a named
/// person (no pronoun) who is none of the people asked, before the count, and the asked person is named in the
/// sentence outside that clause. Stronger than <see cref="PeopleInClause"/>, which only misses the asked person.
/// The asked person may stand in the count's own clause too, named only after the count as the object of another
/// verb: in "Berg won 62 per cent of the vote and defeated Dahl", the share is Berg's, not Dahl's.
/// </summary>
internal static class CountOfOtherPerson
{
    /// <summary>How much of its fit a count keeps whose clause is about another named person.</summary>
    public const double Weight = 0.3;

    /// <summary>Joining words a clause may open with before its subject ("and Dahl ...").</summary>
    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "while", "whereas", "though", "although" };

    /// <summary>Pronouns that open a sentence with a capital letter.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "it", "his", "her", "their", "its", "our" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.People.Count == 0 || candidate.Passage is not { } passage || question.Type is not (AnswerType.Number or AnswerType.Amount))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var people = passage.Of(AnnotationKind.Person);
        bool Asked(Annotation a) => question.People.Any(p => p.Candidates.Any(c => c.Key == ArticlePerson.KeyOf(a.Value)));

        var subject = SubjectAt(passage, from);
        if (subject is not { } named || named.End > candidate.Start || Asked(named))
        {
            return 1.0;
        }

        var askedElsewhere = !named.IsReference && people.Any(a => !a.IsReference && Asked(a) && (a.End <= from || a.Start >= to));
        var objectAfter = (!named.IsReference || IsShortName(passage.Text, named)) && AskedOnlyAfter(people, Asked, candidate, from, to);
        return askedElsewhere || objectAfter ? Weight : 1.0;
    }

    /// <summary>Whether a reference is a person's short name ("Berg"), which names them as surely as the full one, not a pronoun or a role.</summary>
    private static bool IsShortName(string text, Annotation reference)
    {
        var words = text[reference.Start..reference.End];
        return words.Length > 1 && char.IsUpper(words[0]) && !words.Contains(' ') && !Pronouns.Contains(words);
    }

    /// <summary>
    /// Whether every naming of the asked person in the count's clause comes after the count: the clause's subject did
    /// the counted deed, and the asked person is the object of another verb ("... and defeated Dahl").
    /// </summary>
    private static bool AskedOnlyAfter(IReadOnlyList<Annotation> people, Func<Annotation, bool> asked, AnswerCandidate candidate, int from, int to)
    {
        var inClause = people.Where(a => asked(a) && a.Start >= from && a.End <= to).ToList();
        return inClause.Count > 0 && inClause.All(a => a.Start >= candidate.End);
    }

    /// <summary>The person named first in the clause opening at <paramref name="from"/>, past a joining word, if the clause opens with it.</summary>
    private static Annotation? SubjectAt(Retrieval.Passage passage, int from)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= from);
        while (at >= 0 && at < tokens.Count && (!tokens[at].IsWord || Joining.Contains(tokens[at].Text)))
        {
            at++;
        }

        if (at < 0 || at >= tokens.Count)
        {
            return null;
        }

        var start = tokens[at].Start;
        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            if (person.Start == start)
            {
                return person;
            }
        }

        return null;
    }
}
