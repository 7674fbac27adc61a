namespace SummitBot.Language.Reading;

/// <summary>
/// "watched the ballet "Liang Shanbo and Zhu Yingtai,"", "a documentary titled "Kim Il Sung's Garden"": capitalized
/// words in quotation marks right after a noun of a work (ballet, film, song ...) or a verb of titling are the work's
/// title. A title may be made of people's names (two lovers of a legend), but the article does not speak of them as
/// people there: "who went with Kim to the ballet?" must not be answered with them.
/// </summary>
internal static class WorkTitles
{
    /// <summary>How many tokens a quoted title may have; a longer quotation is somebody's words.</summary>
    private const int LongestTitle = 10;

    private static readonly HashSet<string> WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ballet", "film", "movie", "song", "songs", "opera", "musical", "play", "book", "novel", "documentary", "show", "programme",
        "program", "album", "poem", "drama", "series", "painting", "anthem", "performance", "concert", "exhibition", "memoir",
        "titled", "entitled", "called", "named",
    };

    /// <summary>Whether <paramref name="word"/> names a kind of work ("song", "film"), not a verb of titling.</summary>
    public static bool IsWorkNoun(string word) => WorkNouns.Contains(word) && word.ToLowerInvariant() is not ("titled" or "entitled" or "called" or "named");

    /// <summary>Whether the run of tokens [start, end) lies inside such a quoted title.</summary>
    public static bool IsInside(List<Token> tokens, int start, int end)
    {
        var open = start - 1;
        while (open >= 0 && start - open <= LongestTitle && tokens[open].Kind != TokenKind.Quote)
        {
            open--;
        }

        if (open < 1 || start - open > LongestTitle || tokens[open].Kind != TokenKind.Quote || !WorkNouns.Contains(tokens[open - 1].Text))
        {
            return false;
        }

        var close = end;
        while (close < tokens.Count && close - open <= LongestTitle && tokens[close].Kind != TokenKind.Quote)
        {
            close++;
        }

        return close < tokens.Count && close - open <= LongestTitle && tokens[close].Kind == TokenKind.Quote;
    }
}
