namespace SummitBot.Language.Reading;

/// <summary>
/// "in return for ...", "in exchange for ...", "in response to ...", "in retaliation for ...", "in protest at ...",
/// "in recognition of ...", "as a reward for ...", "as punishment for ...": a deed done for, against or in answer to
/// another names that other as its reason, as "because of" does. English words only; nothing of any one story.
/// </summary>
internal static class ExchangeReason
{
    /// <summary>Nouns after "in" that make a phrase of reason, and the words that may close the phrase.</summary>
    private static readonly Dictionary<string, string[]> AfterIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["return"] = ["for"],
        ["exchange"] = ["for"],
        ["retaliation"] = ["for", "against"],
        ["response"] = ["to"],
        ["protest"] = ["at", "against", "over"],
        ["revenge"] = ["for"],
        ["recognition"] = ["of"],
    };

    /// <summary>Nouns after "as" (and "a") that make a phrase of reason with "for".</summary>
    private static readonly HashSet<string> AfterAs = new(StringComparer.OrdinalIgnoreCase) { "reward", "punishment", "penalty", "retaliation" };

    /// <summary>The phrase whose noun is at <paramref name="noun"/>: where it starts and where its reason starts, or null.</summary>
    public static (int Start, int From)? At(List<Token> tokens, int noun)
    {
        if (noun == 0 || noun + 2 >= tokens.Count)
        {
            return null;
        }

        var closing = tokens[noun + 1].Text.ToLowerInvariant();
        if (tokens[noun - 1].Is("in") && AfterIn.TryGetValue(tokens[noun].Text, out var closers) && closers.Contains(closing))
        {
            return (noun - 1, noun + 2);
        }

        if (AfterAs.Contains(tokens[noun].Text) && closing == "for")
        {
            if (tokens[noun - 1].Is("as"))
            {
                return (noun - 1, noun + 2);
            }

            if (noun >= 2 && tokens[noun - 1].Is("a") && tokens[noun - 2].Is("as"))
            {
                return (noun - 2, noun + 2);
            }
        }

        return null;
    }

    /// <summary>Whether a reason's marker (its words before the reason, lower case) is one of these phrases.</summary>
    public static bool Marks(string marker)
    {
        var words = marker.Split(' ');
        return words.Length >= 3 && words[0] is "in" or "as" && (AfterIn.ContainsKey(words[^2]) || AfterAs.Contains(words[^2]));
    }
}
