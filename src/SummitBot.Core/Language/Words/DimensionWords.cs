namespace SummitBot.Language.Words;

/// <summary>
/// General English words that say which dimension an amount measures: the adjective of "how high?" and the nouns and
/// verbs a sentence puts before the amount ("reached an altitude of 910 kilometres", "flew 450 kilometres"). Lets the
/// bot tell apart two amounts of one sentence.
/// </summary>
public static class DimensionWords
{
    /// <summary>The adjective after "how" (or the noun after "what") that asks for a dimension.</summary>
    private static readonly Dictionary<string, Dimension> Asked = new(StringComparer.OrdinalIgnoreCase)
    {
        ["high"] = Dimension.Height, ["tall"] = Dimension.Height, ["altitude"] = Dimension.Height, ["height"] = Dimension.Height,
        ["far"] = Dimension.Distance, ["distance"] = Dimension.Distance, ["range"] = Dimension.Distance,
        ["long"] = Dimension.Length, ["length"] = Dimension.Length,
        ["wide"] = Dimension.Width, ["broad"] = Dimension.Width, ["width"] = Dimension.Width,
        ["deep"] = Dimension.Depth, ["depth"] = Dimension.Depth,
        ["heavy"] = Dimension.Weight, ["weight"] = Dimension.Weight,
        ["big"] = Dimension.Size, ["large"] = Dimension.Size, ["size"] = Dimension.Size, ["area"] = Dimension.Size,
    };

    /// <summary>The nouns among <see cref="Asked"/>: "what was the missile's range?".</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "altitude", "height", "distance", "range", "length", "width", "depth", "weight", "size", "area" };

    /// <summary>Words just before an amount that say what it measures.</summary>
    private static readonly Dictionary<string, Dimension> Said = new(StringComparer.OrdinalIgnoreCase)
    {
        ["altitude"] = Dimension.Height, ["altitudes"] = Dimension.Height, ["height"] = Dimension.Height, ["high"] = Dimension.Height,
        ["tall"] = Dimension.Height, ["apogee"] = Dimension.Height, ["climbed"] = Dimension.Height, ["rose"] = Dimension.Height,
        ["flew"] = Dimension.Distance, ["travelled"] = Dimension.Distance, ["traveled"] = Dimension.Distance, ["distance"] = Dimension.Distance,
        ["range"] = Dimension.Distance, ["journey"] = Dimension.Distance, ["covered"] = Dimension.Distance, ["away"] = Dimension.Distance,
        ["length"] = Dimension.Length, ["long"] = Dimension.Length, ["runs"] = Dimension.Length, ["stretches"] = Dimension.Length,
        ["width"] = Dimension.Width, ["wide"] = Dimension.Width, ["depth"] = Dimension.Depth, ["deep"] = Dimension.Depth,
        ["weight"] = Dimension.Weight, ["weighs"] = Dimension.Weight, ["weighing"] = Dimension.Weight,
        ["area"] = Dimension.Size, ["size"] = Dimension.Size,
    };

    /// <summary>The dimension a question asks for: the word after "how", or a dimension noun it names; else none.</summary>
    public static Dimension OfQuestion(IReadOnlyList<string> words)
    {
        var how = IndexOf(words, "how");
        if (how >= 0 && how + 2 < words.Count && words[how + 1].Equals("far", StringComparison.OrdinalIgnoreCase)
            && words[how + 2].ToLowerInvariant() is "along" or "advanced" or "complete" or "done")
        {
            // "How far along is the academy?" asks how much of it is done ("about 80 percent complete"), no distance.
            return Dimension.Share;
        }

        if (how >= 0 && how + 1 < words.Count && Asked.TryGetValue(words[how + 1], out var adjective))
        {
            return adjective;
        }

        if (how >= 0 && how + 3 < words.Count && words[how + 1].Equals("many", StringComparison.OrdinalIgnoreCase) && AfterUnit(words[how + 3]) is not Dimension.None and var afterUnit)
        {
            // "How many kilometres up is the orbit?", "how many metres tall is it?": the word after the unit says what
            // the length measures, as the adjective after "how" does.
            return afterUnit;
        }

        return words.Select(w => Nouns.Contains(w) ? Asked[w] : Dimension.None).FirstOrDefault(d => d != Dimension.None);
    }

    /// <summary>
    /// The dimension the word after "how many" and a unit asks: an adjective of <see cref="Asked"/> ("high", "long") or
    /// an adverb of height ("up", "above"); else none.
    /// </summary>
    private static Dimension AfterUnit(string word) =>
        word.ToLowerInvariant() is "up" or "above" ? Dimension.Height
        : !Nouns.Contains(word) && Asked.TryGetValue(word, out var dimension) ? dimension : Dimension.None;

    /// <summary>The dimension a word before an amount says it measures ("altitude", "flew"), or none.</summary>
    public static Dimension OfWord(string word) => Said.GetValueOrDefault(word);

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (string.Equals(words[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
