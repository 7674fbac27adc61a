using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Language.Quantities;

/// <summary>
/// Finds numbers and what they count or measure: money ("$5", "$2.5 billion", "3 million dollars"), percentages,
/// amounts with units ("4,000 km", "930,000 tonnes"), lengths of time ("about 50 minutes", "a two-day summit") and
/// counts ("21 ballistic missile tests"), in digits or words. Dates are read first and left alone.
/// </summary>
internal static class QuantityReader
{
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["won"] = "KRW", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["euro"] = "EUR", ["euros"] = "EUR",
        ["pound"] = "GBP", ["pounds"] = "GBP", ["yen"] = "JPY", ["rubles"] = "RUB", ["roubles"] = "RUB", ["rouble"] = "RUB", ["ruble"] = "RUB",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\u20A9"] = "KRW",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    };

    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "feet", "foot",
        "tonnes", "tonne", "tons", "ton", "barrels", "barrel", "kg", "kilograms", "kilogram", "pounds", "litres", "liters", "gallons",
        "percent", "per", "%", "acres", "hectares", "square", "cubic", "megawatts", "km/h", "mph", "knots", "nautical",
    };

    private static readonly HashSet<string> RelativeAfter = new(StringComparer.OrdinalIgnoreCase) { "ago", "later", "earlier", "before", "after", "afterwards", "old" };

    public static void Read(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!sentence.Taken.Contains(i) && CompoundDuration(tokens[i].Text) is { } compound)
            {
                // "eight-and-a-half-hour", "two-day", "three-week".
                Add(sentence, i, i + 1, compound.Value, compound.Unit, AnnotationKind.Duration);
                continue;
            }

            if (!sentence.Taken.Contains(i) && NumberWords.Ordinal(tokens[i].Text) is { } ordinal && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized)
            {
                // "the 11th launch since May": the eleventh of its kind, so eleven of them.
                Add(sentence, i, i + 1, ordinal, "ordinal:" + CountedNoun(tokens, i + 1), AnnotationKind.Quantity);
                continue;
            }

            if (sentence.Taken.Contains(i) || Number(tokens, i) is not { } number || IsIdentifier(tokens, i) || IsClockTime(tokens, i))
            {
                continue;
            }

            var (value, end) = number;
            if (end + 1 < tokens.Count && (tokens[end].Text is "to" or "or" or "-" || (tokens[end].Is("and") && i > 0 && tokens[i - 1].Is("between")))
                && NumberWords.Value(tokens[end + 1].Text) is not null)
            {
                // "two to three weeks": the range is read from its second number.
                continue;
            }

            var start = i > 0 && Symbols.ContainsKey(tokens[i - 1].Text) ? i - 1 : i;
            if (start < i)
            {
                Add(sentence, start, end, value, "money:" + Symbols[tokens[i - 1].Text], AnnotationKind.Quantity);
            }
            else if (end < tokens.Count && Currencies.TryGetValue(tokens[end].Text, out var currency))
            {
                Add(sentence, start, end + 1, value, "money:" + currency, AnnotationKind.Quantity);
            }
            else if (end + 1 < tokens.Count && tokens[end].IsCapitalized && Currencies.TryGetValue(tokens[end + 1].Text, out var named))
            {
                // "20 million Singapore dollars", "5 billion Hong Kong dollars" (one place word).
                Add(sentence, start, end + 2, value, "money:" + tokens[end].Text + " " + named, AnnotationKind.Quantity);
            }
            else if (Duration(tokens, end) is { } unitAt && (!(unitAt + 1 < tokens.Count && RelativeAfter.Contains(tokens[unitAt + 1].Text)) || AfterFor(tokens, start)))
            {
                var from = QualifiedFrom(tokens, start);
                Add(sentence, from, unitAt + 1, value, Singular(tokens[unitAt].Text), AnnotationKind.Duration);
            }
            else if (end < tokens.Count && Measures.Contains(tokens[end].Text))
            {
                var to = end + 1;
                while (to < tokens.Count && Measures.Contains(tokens[to].Text))
                {
                    to++;
                }

                Add(sentence, QualifiedFrom(tokens, start), to, value, "unit:" + string.Join(' ', tokens[end..to].Select(t => t.Text.ToLowerInvariant())), AnnotationKind.Quantity);
            }
            else
            {
                Add(sentence, start, end, value, "count:" + CountedNoun(tokens, end), AnnotationKind.Quantity);
            }

            i = end - 1;
        }
    }

    /// <summary>"for (nearly) two hours before ...": a length of time, not a time before something.</summary>
    private static bool AfterFor(List<Token> tokens, int start)
    {
        var from = QualifiedFrom(tokens, start);
        return from > 0 && tokens[from - 1].Text.Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A number at <paramref name="i"/> with its scale ("2.5 billion", "twenty-one", "three million"): its value and where it ends.</summary>
    private static (double Value, int End)? Number(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number && NumberWords.Ordinal(token.Text) is not null)
        {
            return null;
        }

        if (token.Kind != TokenKind.Number && !(token.IsWord && !token.IsCapitalized) && !(token.IsWord && i == 0))
        {
            return null;
        }

        if (NumberWords.Value(token.Text) is not { } value || (token.IsWord && token.Text.Equals("one", StringComparison.OrdinalIgnoreCase) && !NextIsUnit(tokens, i + 1)))
        {
            return null;
        }

        var end = i + 1;
        while (end < tokens.Count && NumberWords.Scale(tokens[end].Text) is { } scale)
        {
            value *= scale;
            end++;
        }

        return (value, end);
    }

    /// <summary>"Resolution 2397", "Flight 17", "Pukguksong-3": a number that is part of a name.</summary>
    private static bool IsIdentifier(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && i > 1 && (tokens[i - 1].IsCapitalized && Time.Calendar.Month(tokens[i - 1].Text) == 0 && !NumberWords.Value(tokens[i - 1].Text).HasValue
            && !CommonWords.IsFunctionWord(tokens[i - 1].Text) && tokens[i - 2].Kind != TokenKind.Quote
            || tokens[i - 1].Text is "-" or "No." or "#");

    /// <summary>"9 a.m.", "10:30": a time of day.</summary>
    private static bool IsClockTime(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && (tokens[i + 1].Text.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Text.StartsWith("p.m", StringComparison.OrdinalIgnoreCase)
            || tokens[i + 1].Text is ":" or "GMT" or "UTC" or "KST");

    /// <summary>A length of time written as one hyphenated word: "two-day" (2 day), "eight-and-a-half-hour" (8.5 hour).</summary>
    private static (double Value, string Unit)? CompoundDuration(string word)
    {
        var parts = word.ToLowerInvariant().Split('-');
        if (parts.Length < 2 || !TimeUnits.Contains(parts[^1]))
        {
            return null;
        }

        double value = 0;
        foreach (var part in parts[..^1])
        {
            if (part is "and" or "a")
            {
                continue;
            }

            if (part == "half")
            {
                value += 0.5;
            }
            else if (NumberWords.Value(part) is { } n)
            {
                value += n;
            }
            else
            {
                return null;
            }
        }

        return value > 0 ? (value, Singular(parts[^1])) : null;
    }

    /// <summary>"about 50 minutes", "more than 60 hours": the qualifier belongs to the amount.</summary>
    private static int QualifiedFrom(List<Token> tokens, int start)
    {
        // "two to three weeks", "two or three days": the range is the amount.
        if (start >= 2 && tokens[start - 1].Text is "to" or "or" or "-" && NumberWords.Value(tokens[start - 2].Text) is not null)
        {
            return QualifiedFrom(tokens, start - 2);
        }

        // "between 70 and 200 kilometres".
        if (start >= 3 && tokens[start - 1].Is("and") && NumberWords.Value(tokens[start - 2].Text) is not null && tokens[start - 3].Is("between"))
        {
            return start - 3;
        }

        if (start >= 2 && tokens[start - 1].Is("than") && tokens[start - 2].Text.ToLowerInvariant() is "more" or "less" or "fewer")
        {
            return start - 2;
        }

        return start >= 1 && tokens[start - 1].Text.ToLowerInvariant() is "about" or "around" or "nearly" or "almost" or "roughly" or "some" or "over" or "under" or "just"
            ? start - 1
            : start;
    }

    private static bool NextIsUnit(List<Token> tokens, int i) =>
        i < tokens.Count && (TimeUnits.Contains(tokens[i].Text) || Measures.Contains(tokens[i].Text) || Currencies.ContainsKey(tokens[i].Text));

    /// <summary>Where the time unit of a duration is: "50 minutes", "45-minute", "two-day".</summary>
    private static int? Duration(List<Token> tokens, int end)
    {
        if (end < tokens.Count && TimeUnits.Contains(tokens[end].Text))
        {
            return end;
        }

        return end + 1 < tokens.Count && tokens[end].Text == "-" && TimeUnits.Contains(tokens[end + 1].Text) ? end + 1 : null;
    }

    /// <summary>What a count counts: the words after the number up to a function word or punctuation ("ballistic missile tests").</summary>
    private static string CountedNoun(List<Token> tokens, int end)
    {
        var words = new List<string>();
        for (var i = end; i < Math.Min(tokens.Count, end + 4); i++)
        {
            // "Fifty-five boxes believed to ...": the noun counted, not the verb after it.
            if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i].Text) || SpeechVerbs.IsSpeechVerb(tokens[i].Text)
                || (i > end && IsVerbForm(tokens[i].Text)))
            {
                break;
            }

            words.Add(tokens[i].Text.ToLowerInvariant());
        }

        return string.Join(' ', words);
    }

    /// <summary>A past or present participle WordNet knows as a verb ("believed", "disagreed", "waving").</summary>
    private static bool IsVerbForm(string word)
    {
        var lower = word.ToLowerInvariant();
        return (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)) && Relations.WordRelations.Default.IsVerb(lower);
    }

    private static void Add(ReadSentence sentence, int start, int end, double value, string detail, AnnotationKind kind)
    {
        sentence.Annotate(kind, start, end, NumberWords.Format(value), detail);
        sentence.Take(start, end);
    }

    private static string Singular(string unit) => unit.EndsWith('s') ? unit[..^1].ToLowerInvariant() : unit.ToLowerInvariant();
}
