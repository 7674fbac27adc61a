using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who runs the rowing club?" and "The rowing club, founded in 1990, is led by Ada Lindqvist": the person after "led
/// by" (or "headed by", "run by") heads the body whose words come right before it, though no title says so. Every word
/// of the body asked must be in that stretch of the clause, so that a group of another country or a rival body led by
/// someone else does not answer.
/// </summary>
internal static class LedByHead
{
    /// <summary>Past participles of running a body, as "by" and the one who runs it follow them.</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "headed", "run", "chaired", "directed", "commanded", "managed",
    };

    /// <summary>How many words before the participle the body's name may reach back ("Fighters for ..., is led by").</summary>
    private const int Reach = 12;

    /// <summary>Whether the sentence says <paramref name="person"/> leads the body the question asks the head of.</summary>
    public static bool Leads(QuestionReading question, Passage passage, Annotation person)
    {
        if (!question.AsksHead || question.AskedRole.Count == 0)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start == person.Start);
        if (at < 3 || !tokens[at - 1].Is("by") || !Leading.Contains(tokens[at - 2].Text))
        {
            return false;
        }

        // The body led is said in the same clause: stop at a joined clause ("and", "but", ";") or another agent.
        var first = at - 2;
        for (var k = at - 3; k >= 0 && at - 2 - k <= Reach; k--)
        {
            if (tokens[k].Text is ";" || tokens[k].Text.ToLowerInvariant() is "and" or "but" or "while" or "whereas" or "by")
            {
                break;
            }

            first = k;
        }

        if (first >= at - 2)
        {
            return false;
        }

        var led = passage.Analyze(passage.Text[tokens[first].Start..tokens[at - 3].End]);
        return question.AskedRole.All(led.Contains);
    }
}
