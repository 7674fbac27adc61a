namespace SummitBot.TestTools.QuestionSets;

/// <summary>A reply as the judge reads it: the answer's own text (before its sources) and the sentences it cites.</summary>
public sealed record SetReply(string Answer, IReadOnlyList<string> Cited)
{
    /// <summary>
    /// Reads the plain-text form every channel shows (the Emulator's, Web Chat's): the answer, then a "Sources:" list of
    /// <c>[n] title (url): “passage”</c> lines.
    /// </summary>
    public static SetReply FromText(string text)
    {
        var at = text.IndexOf("\n\nSources:", StringComparison.Ordinal);
        var answer = at < 0 ? text : text[..at];
        var cited = new List<string>();
        if (at >= 0)
        {
            foreach (var line in text[at..].Split('\n').Where(l => l.StartsWith('[')))
            {
                var open = line.IndexOf('\u201C', StringComparison.Ordinal);
                var close = line.LastIndexOf('\u201D');
                if (open >= 0 && close > open)
                {
                    cited.Add(line[(open + 1)..close]);
                }
            }
        }

        return new SetReply(answer, cited);
    }
}
