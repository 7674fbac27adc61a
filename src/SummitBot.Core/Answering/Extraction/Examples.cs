namespace SummitBot.Answering.Extraction;

/// <summary>
/// "15 public buildings, including two schools, had been wrecked", "crops such as rice and maize": the examples a
/// sentence gives of the things it names, which answer "what kind of ...?" where the things themselves would only say
/// the question back.
/// </summary>
internal static class Examples
{
    /// <summary>The examples' tokens after a noun phrase ending at <paramref name="end"/>, up to the next comma or stop; null when none.</summary>
    public static (int Start, int End)? After(List<Language.Token> tokens, int end)
    {
        var k = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (k >= tokens.Count)
        {
            return null;
        }

        if (tokens[k].Text.Equals("including", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }
        else if (k + 1 < tokens.Count && tokens[k].Text.Equals("such", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            k += 2;
        }
        else
        {
            return null;
        }

        var stop = k;
        while (stop < tokens.Count && stop - k < 8 && tokens[stop].Text is not ("," or "." or ";" or ")" or ":"))
        {
            stop++;
        }

        return stop > k ? (k, stop) : null;
    }
}
