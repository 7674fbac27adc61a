namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What is the company's oldest ferry called?" of "sailed on the Nordlys, the company's oldest ferry, until 1990": the
/// name comes first and the phrase of the asked noun after it, set off by a comma and opened by an article; the
/// capitalised run before the comma is the name.
/// </summary>
internal static class NameBefore
{
    /// <summary>The most words between the article and the noun ("the company's oldest").</summary>
    private const int Describing = 4;

    /// <summary>The most words a name set before the phrase may have.</summary>
    private const int NameWords = 4;

    /// <summary>The name before the noun at <paramref name="noun"/>'s phrase, as token indexes, or null.</summary>
    public static (int Start, int End)? Of(List<Language.Token> tokens, int noun)
    {
        // The phrase closes after the noun with a comma or the sentence's end.
        if (noun + 1 < tokens.Count && tokens[noun + 1].Text is not ("," or "." or ";"))
        {
            return null;
        }

        var article = noun - 1;
        while (article >= 0 && noun - article <= Describing + 1 && tokens[article].Text is not ("the" or "a" or "an" or "The" or "A" or "An") && (tokens[article].IsWord || tokens[article].Text is "'s" or "\u2019s" or "'" or "\u2019" or "-"))
        {
            article--;
        }

        if (article < 2 || tokens[article].Text is not ("the" or "a" or "an") || tokens[article - 1].Text != ",")
        {
            return null;
        }

        var end = article - 1;
        var start = end;
        while (start > 0 && end - start < NameWords && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized)
        {
            start--;
        }

        // A run that opens the sentence or follows another capitalised word may be a longer name's tail or a dateline.
        return start < end && start > 0 && !tokens[start - 1].IsCapitalized ? (start, end) : null;
    }
}
