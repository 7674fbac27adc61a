namespace SummitBot.Channels;

/// <summary>Text helpers shared by the channel shapers.</summary>
internal static class ChannelText
{
    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters, at a line or word break where there is
    /// one in the last fifth, with an ellipsis, so a cut never splits a word or a <c>[n]</c> marker.
    /// </summary>
    public static string Cap(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var limit = max - 1;
        var floor = limit - (limit / 5);
        var cut = text.LastIndexOfAny(['\n', ' '], limit - 1, limit - floor);
        var kept = cut > floor ? text[..cut] : text[..limit];
        return kept.TrimEnd() + "\u2026";
    }
}
