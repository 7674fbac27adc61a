namespace SummitBot.Answering.Ranking;

/// <summary>
/// The clause of a sentence around a position: the stretch between clause breaks (";", ", while", ", but", ", and",
/// ", which", ", whereas"). "Kim landed at Changi, while Trump's plane touched down at Paya Lebar" has two.
/// </summary>
internal static class Clauses
{
    private static readonly string[] Breaks = ["; ", ", while ", ", whereas ", ", but ", ", and ", ", which ", " while ", " whereas ", ", though ", ", although ", ", as ", " that "];

    /// <summary>
    /// Breaks that set off a clause of time: "Moon had flown back a day earlier, after meeting Trump on Tuesday" tells two
    /// events, each with its own time. Only a time's clause is cut there: "the two leaders talked alone, after planting a
    /// tree" is one doing of the same people, whose words stand in the clause before.
    /// </summary>
    private static readonly string[] TimeBreaks = [", after ", ", before "];

    /// <summary>Words that open a clause of time whose verb, in "-ing", is its own.</summary>
    private static readonly string[] DoingLeads = ["before ", "after ", "while "];

    public static (int Start, int End) Around(string sentence, int position) => Around(sentence, position, timeClause: false);

    /// <summary>The clause around <paramref name="position"/>; with <paramref name="timeClause"/>, a clause of time set off by a comma is one too.</summary>
    public static (int Start, int End) Around(string sentence, int position, bool timeClause)
    {
        var start = 0;
        var end = sentence.Length;
        foreach (var separator in timeClause ? Breaks.Concat(TimeBreaks) : Breaks)
        {
            for (var at = sentence.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                if (at + 1 <= position)
                {
                    start = Math.Max(start, at + 1);
                }
                else
                {
                    end = Math.Min(end, at);
                }
            }
        }

        return (start, end);
    }

    /// <summary>
    /// Whether the clause from <paramref name="at"/> is one of time with a verb of its own: ", before moving ...",
    /// ", after signing ...", ", while touring ...". It tells a doing apart from the one before it.
    /// </summary>
    public static bool OpensDoingInTime(string sentence, int at)
    {
        var rest = sentence.AsSpan(at).TrimStart(", ");
        foreach (var lead in DoingLeads)
        {
            if (rest.StartsWith(lead, StringComparison.Ordinal))
            {
                var word = rest[lead.Length..];
                var end = word.IndexOfAny(' ', ',');
                word = end < 0 ? word : word[..end];
                return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);
            }
        }

        return false;
    }
}
