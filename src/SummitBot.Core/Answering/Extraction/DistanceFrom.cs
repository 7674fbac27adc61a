namespace SummitBot.Answering.Extraction;

/// <summary>
/// "about 70 kilometres from the border", "30 miles away": a length followed by "from" or "away" says how far one
/// place is from another. It is never a height or a depth, whatever the sentence's other words share with the
/// question, so "how high ..." or "how many kilometres up ..." is not answered by it.
/// </summary>
internal static class DistanceFrom
{
    /// <summary>Whether the word right after the length is "from" or "away".</summary>
    public static bool Tells(Language.Reading.Annotation quantity, Retrieval.Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        return next >= 0 && tokens[next].Text.ToLowerInvariant() is "from" or "away";
    }
}
