namespace SummitBot.Answering.Extraction;

/// <summary>
/// "about 70 kilometres from the border", "30 miles away", "40 km north-east of the capital": a length followed by
/// "from", "away" or a compass direction and "of" says how far one place is from another. It is never a height, a
/// depth or a size, whatever the sentence's other words share with the
/// question, so "how high ..." or "how many kilometres up ..." is not answered by it.
/// </summary>
internal static partial class DistanceFrom
{
    /// <summary>Whether the word right after the length is "from" or "away", or a compass direction and "of" follow it.</summary>
    public static bool Tells(Language.Reading.Annotation quantity, Retrieval.Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        return next >= 0 && tokens[next].Text.ToLowerInvariant() is "from" or "away" || Direction().IsMatch(passage.Text.AsSpan(quantity.End));
    }

    /// <summary>" south-west of", " north of": a compass direction and "of" right after the length.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Direction();
}
