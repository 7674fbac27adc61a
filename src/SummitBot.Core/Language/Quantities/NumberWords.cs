using System.Globalization;

namespace SummitBot.Language.Quantities;

/// <summary>Reads numbers written in digits ("1,000", "3.5") or words ("three", "twenty-one", "a dozen"), and ordinals ("second", "27th").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["hundred"] = 100,
        ["a"] = 1, ["an"] = 1, ["single"] = 1, ["couple"] = 2, ["half"] = 0.5, ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000,
        ["both"] = 2,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
        ["mln"] = 1_000_000, ["bln"] = 1_000_000_000, ["m"] = 1_000_000, ["bn"] = 1_000_000_000, ["k"] = 1_000,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    };

    /// <summary>The value of one number word or digits ("21", "1,000", "three", "twenty-one", "eight-and-a-half"), or null. "a", "an" and "both" only if <paramref name="loose"/>.</summary>
    public static double? Value(string word, bool loose = false)
    {
        if (double.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var lower = word.ToLowerInvariant();
        if (!loose && lower is "a" or "an" or "both" or "single" or "couple" or "half")
        {
            return null;
        }

        if (Units.TryGetValue(lower, out var unit))
        {
            return unit;
        }

        // "eight-and-a-half", "two-and-a-half".
        if (lower.EndsWith("-and-a-half", StringComparison.Ordinal) && Value(lower[..^"-and-a-half".Length]) is { } whole)
        {
            return whole + 0.5;
        }

        // "twenty-one", "forty-five".
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Units.TryGetValue(lower[..dash], out var tens) && tens >= 20 && Units.TryGetValue(lower[(dash + 1)..], out var ones) && ones < 10
            ? tens + ones
            : null;
    }

    /// <summary>Whether "and a half" starts at token <paramref name="i"/>: "two and a half days", "an hour and a half".</summary>
    public static bool AndAHalf(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Is("and") && tokens[i + 1].Text.ToLowerInvariant() is "a" or "one" && tokens[i + 2].Is("half");

    public static double? Scale(string word) => Scales.TryGetValue(word, out var scale) ? scale : null;

    /// <summary>The ordinal of a word ("second" → 2, "2nd" → 2, "27th" → 27), or null.</summary>
    public static int? Ordinal(string word)
    {
        if (OrdinalWords.TryGetValue(word, out var n))
        {
            return n;
        }

        var lower = word.ToLowerInvariant();
        return lower.Length >= 3 && char.IsDigit(lower[0]) && (lower.EndsWith("st", StringComparison.Ordinal) || lower.EndsWith("nd", StringComparison.Ordinal)
            || lower.EndsWith("rd", StringComparison.Ordinal) || lower.EndsWith("th", StringComparison.Ordinal))
            && int.TryParse(lower[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
    }

    public static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
