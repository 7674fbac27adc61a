namespace SummitBot.Answering.Ranking;

/// <summary>
/// The clause of a sentence around a position: the stretch between clause breaks (";", ", while", ", but", ", and",
/// ", which", ", whereas"). "Kim landed at Changi, while Trump's plane touched down at Paya Lebar" has two.
/// </summary>
internal static class Clauses
{
    private static readonly string[] Breaks = ["; ", ", while ", ", whereas ", ", but ", ", and ", ", which ", " while ", " whereas ", ", though ", ", although ", ", as ", " that "];

    public static (int Start, int End) Around(string sentence, int position)
    {
        var start = 0;
        var end = sentence.Length;
        foreach (var separator in Breaks)
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
}
