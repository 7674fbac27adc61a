namespace SummitBot.Answering.Questions;

/// <summary>
/// The words of a question's clauses of time ("before she left", "after the vote ended"), each with the word that opens
/// its clause: "left" → "before". Read once with the question; ranking asks it for every candidate.
/// </summary>
internal static class TimeClauses
{
    /// <summary>Words that open a clause of time, whose order a sentence must keep ("after" is not "before").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "before", "after", "until" };

    /// <summary>How many words after its opener the clause's verb may stand ("before the two aides came").</summary>
    private const int Reach = 4;

    /// <summary>Each word of the question (its first use) that stands within reach after an opener, with the nearest opener.</summary>
    public static IReadOnlyDictionary<string, string> Read(string question)
    {
        var words = question.ToLowerInvariant().Split([' ', ',', '?', '.', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var clauses = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = 0; at < words.Length; at++)
        {
            if (!seen.Add(words[at]))
            {
                continue;
            }

            for (var k = at - 1; k >= 0 && k >= at - Reach; k--)
            {
                if (Openers.Contains(words[k]))
                {
                    clauses[words[at]] = words[k];
                    break;
                }
            }
        }

        return clauses;
    }
}
