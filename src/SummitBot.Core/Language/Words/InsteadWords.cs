namespace SummitBot.Language.Words;

/// <summary>
/// "rather than", "instead of": what follows is what was not so ("met his grandson instead of his son"), a negation
/// of two words.
/// </summary>
public static class InsteadWords
{
    /// <summary>2 when the tokens at <paramref name="i"/> are "rather than" or "instead of"; else 0.</summary>
    public static int Width(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return 0;
        }

        var (word, next) = (tokens[i].Text, tokens[i + 1].Text);
        return word.Equals("rather", StringComparison.OrdinalIgnoreCase) && next.Equals("than", StringComparison.OrdinalIgnoreCase)
            || word.Equals("instead", StringComparison.OrdinalIgnoreCase) && next.Equals("of", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
    }
}
