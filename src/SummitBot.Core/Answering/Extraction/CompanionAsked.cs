using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who sat beside Kim Jung-sook?" and "Kim Jung-sook, who sat in the front row beside Kwon Hyok Bong": a question that
/// asks who did something beside, with or next to someone it names (<see cref="QuestionReading.CompanionPreposition"/>)
/// is answered by the person the sentence puts after the same preposition; the others it names (her husband, whose
/// wife she is) were not beside her.
/// </summary>
internal static class CompanionAsked
{
    /// <summary>How much of its fit a person keeps who is not the one the sentence puts after the asked preposition.</summary>
    public const double Weight = 0.4;

    /// <summary>How many words may stand between the preposition and the person ("beside the ambassador, Li Jinjun").</summary>
    private const int Reach = 4;

    /// <summary>
    /// Where the people start whom the sentence puts right after <paramref name="preposition"/>, other than the one asked
    /// of; empty when it puts no one else there ("Kim Yong Chol ... sat beside Kim Jong Un": the asked one is after it,
    /// and the one before it is the answer).
    /// </summary>
    public static HashSet<int> After(QuestionReading question, Passage passage, string preposition)
    {
        var starts = new HashSet<int>();
        var tokens = passage.Analysis.Tokens;
        var people = passage.Of(AnnotationKind.Person).ToList();
        for (var p = 0; p < tokens.Count; p++)
        {
            if (!tokens[p].Is(preposition))
            {
                continue;
            }

            var limit = p + 1 + Reach < tokens.Count ? tokens[p + 1 + Reach].Start : passage.Text.Length;
            foreach (var person in people.Where(a => a.Start >= tokens[p].End && a.Start <= limit && !Spans.IsAsked(a.Value, question, passage)))
            {
                starts.Add(person.Start);
            }
        }

        return starts;
    }
}
