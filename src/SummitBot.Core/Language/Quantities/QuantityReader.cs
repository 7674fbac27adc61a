using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Language.Quantities;

/// <summary>
/// Finds numbers and what they count or measure: money ("$5", "$2.5 billion", "3 million dollars", "20 million
/// Singapore dollars"), percentages, amounts with units ("4,000 km", "930,000 tonnes"), lengths of time ("about 50
/// minutes", "a two-day summit", "two and a half days", "an hour") and counts ("21 ballistic missile tests"), in
/// digits or words, each with its qualifier ("nearly", "no more than"; see <see cref="AmountQualifiers"/>). Dates and
/// times of day are read first and left alone.
/// A Duration's detail is its unit of time ("hour"); a length of time that places something before or after another
/// ("three hours later", "two hours before the talks", "five minutes ago") adds "|" and how it places it: "hour|later",
/// "hour|earlier", "hour|after", "hour|before", "minute|ago". A how-long question can tell it from one that lasted so
/// long, and still use it.
/// </summary>
internal static class QuantityReader
{
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "feet", "foot",
        "cm", "centimetres", "centimeters", "centimetre", "centimeter", "mm", "millimetres", "millimeters", "millimetre", "millimeter",
        "inches", "inch", "yards", "yard", "grams", "gram", "ounces", "ounce",
        "tonnes", "tonne", "tons", "ton", "barrels", "barrel", "kg", "kilograms", "kilogram", "pounds", "litres", "liters", "gallons",
        "percent", "per", "%", "acres", "hectares", "square", "cubic", "megawatts", "km/h", "mph", "knots", "nautical",
        "kilotons", "kiloton", "kilotonnes", "kilotonne", "megatons", "megaton", "megatonnes", "megatonne", "degrees",
    };

    /// <summary>Words after a length of time that place something by it, and how its detail says them.</summary>
    private static readonly Dictionary<string, string> Placing = new(StringComparer.OrdinalIgnoreCase)
    {
        ["later"] = "later", ["afterwards"] = "later", ["afterward"] = "later", ["earlier"] = "earlier", ["after"] = "after", ["before"] = "before", ["ago"] = "ago",
    };

    /// <summary>Words after which a length of time is how long something lasted, whatever follows it.</summary>
    private static readonly HashSet<string> Lasting = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "spend", "spends", "spent", "spending",
    };

    private static readonly HashSet<string> PlacingWords = new(Placing.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a unit an amount is measured in ("km", "tonnes", "percent"): "how many km" asks an amount.</summary>
    public static bool IsUnit(string word) => Measures.Contains(word) && word is not ("per" or "square" or "cubic" or "nautical");

    public static void Read(ReadSentence sentence)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (!sentence.Taken.Contains(i) && ReadAt(sentence, i) is { } end)
            {
                i = end - 1;
            }
        }
    }

    /// <summary>Reads what starts at token <paramref name="i"/>; where it ends, or null if nothing does.</summary>
    private static int? ReadAt(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (CompoundDuration(tokens[i].Text) is { } compound)
        {
            // "eight-and-a-half-hour", "two-day", "three-week".
            return Add(sentence, i, i + 1, compound.Value, compound.Unit, AnnotationKind.Duration);
        }

        if (CompoundCount(tokens[i]) is { } counted)
        {
            // "a three-storey building", "a four-point plan": three storeys, four points.
            return Add(sentence, i, i + 1, counted.Value, "count:" + counted.Noun, AnnotationKind.Quantity);
        }

        if (SpokenDurations.At(tokens, i, PlacingWords) is { } spoken && !sentence.IsTaken(i, spoken.End))
        {
            return AddDuration(sentence, i, spoken.UnitAt, spoken.End, spoken.Value);
        }

        if (NumberWords.Ordinal(tokens[i].Text) is { } ordinal && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized)
        {
            // "the 11th launch since May": the eleventh of its kind, so eleven of them.
            return Add(sentence, i, i + 1, ordinal, "ordinal:" + CountedNouns.After(tokens, i + 1), AnnotationKind.Quantity);
        }

        if (Number(tokens, i) is not { } number || IsIdentifier(tokens, i) || IsClockTime(tokens, i) || StartsRange(tokens, i, number.End))
        {
            return null;
        }

        return Amount(sentence, i, number.Value, number.End);
    }

    /// <summary>The number at <paramref name="i"/> as money, a length of time, a measure or a count.</summary>
    private static int Amount(ReadSentence sentence, int i, double value, int end)
    {
        var tokens = sentence.Tokens;
        if (Currencies.Before(tokens, i) is { } sign)
        {
            return Add(sentence, Qualified(sentence, sign.Start), end, value, "money:" + sign.Code, AnnotationKind.Quantity);
        }

        if (Currencies.After(tokens, end) is { } named)
        {
            return Add(sentence, Qualified(sentence, i), named.End, value, "money:" + named.Code, AnnotationKind.Quantity);
        }

        if (Duration(tokens, end) is { } unitAt && AndSmaller(tokens, unitAt, value) is var (spanEnd, total) && AddDuration(sentence, i, unitAt, spanEnd, total) is { } durationEnd)
        {
            return durationEnd;
        }

        if (HyphenedWord(tokens, end) is { } joined && !sentence.IsTaken(end, end + 2))
        {
            return Hyphened(sentence, i, end, value, joined);
        }

        if (end < tokens.Count && Measures.Contains(tokens[end].Text))
        {
            var to = end + 1;
            while (to < tokens.Count && (Measures.Contains(tokens[to].Text) || IsPerCent(tokens, to)))
            {
                to++;
            }

            // "90 per cent" is British news style for "90 percent"; one name for the unit keeps a share a share.
            var unit = "unit:" + string.Join(' ', tokens[end..to].Select(t => t.Text.ToLowerInvariant())).Replace("per cent", "percent", StringComparison.Ordinal);
            return Add(sentence, Qualified(sentence, i), to, value, unit, AnnotationKind.Quantity);
        }

        var noun = FrontedWhole(tokens, i) is { } whole ? CountedNouns.After(tokens, whole) : CountedNouns.After(tokens, end);
        return Add(sentence, Qualified(sentence, i), end, value, "count:" + (noun.Length > 0 ? noun : PartOf(sentence, end)), AnnotationKind.Quantity);
    }

    /// <summary>
    /// "Of those ships, 18 fly the flag": a clause opening on "of" and the whole puts the count right after its comma
    /// as part of it; where the whole's noun starts, or null.
    /// </summary>
    internal static int? FrontedWhole(List<Token> tokens, int i)
    {
        if (i < 3 || tokens[i - 1].Text != ",")
        {
            return null;
        }

        var of = tokens.FindLastIndex(i - 2, t => t.Text is "," or ";" || t.Is("of"));
        if (of < 0 || !tokens[of].Is("of") || (of > 0 && tokens[of - 1].Text is not ("," or ";")))
        {
            return null;
        }

        var at = of + 1;
        while (at < i - 1 && tokens[at].Text.ToLowerInvariant() is "the" or "those" or "these" or "its" or "their")
        {
            at++;
        }

        return at < i - 1 ? at : null;
    }

    /// <summary>
    /// "around 5,300 of them", "five of the 11 resolutions": a count of part of something counts what the whole is of,
    /// the noun after "of the" and its number, or for "of them/those" the noun counted before it in the sentence
    /// ("About 7,700 troops are missing, around 5,300 of them ..."). Empty when the words after the number say neither.
    /// </summary>
    private static string PartOf(ReadSentence sentence, int end)
    {
        var tokens = sentence.Tokens;
        if (end + 1 >= tokens.Count || !tokens[end].Is("of"))
        {
            return string.Empty;
        }

        if (tokens[end + 1].Text.ToLowerInvariant() is "them" or "those" or "these")
        {
            var before = sentence.Annotations.LastOrDefault(a => a.Kind == AnnotationKind.Quantity && a.Detail.StartsWith("count:", StringComparison.Ordinal) && a.Detail.Length > 6);
            return before.Detail is { } detail && before.End <= tokens[end].Start ? detail[6..] : string.Empty;
        }

        var at = end + 1;
        if (tokens[at].Is("the"))
        {
            at++;
        }

        if (at < tokens.Count && NumberWords.Value(tokens[at].Text) is not null)
        {
            at++;
        }

        return at > end + 1 && at < tokens.Count ? CountedNouns.After(tokens, at) : string.Empty;
    }

    /// <summary>The lower-case word joined to a number by a hyphen ("170-kilometre", "40,000-seat"), or null.</summary>
    private static string? HyphenedWord(List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text == "-" && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].Start == tokens[end].End
            && tokens[end + 1].IsWord && !tokens[end + 1].IsCapitalized ? tokens[end + 1].Text : null;

    /// <summary>
    /// A number joined by a hyphen to the word after it: "a 170-kilometre drive" measures in kilometres, "a 40,000-seat
    /// stadium" counts seats (as "a five-storey hotel" counts storeys), and "a 61-year-old farmer" is an age, read as
    /// no amount at all (its words are taken so that nothing else reads them).
    /// </summary>
    private static int Hyphened(ReadSentence sentence, int i, int end, double value, string word)
    {
        if (word.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            sentence.Take(i, end + 2);
            return end + 2;
        }

        var detail = Measures.Contains(word) ? "unit:" + word.ToLowerInvariant() : "count:" + word.ToLowerInvariant();
        return Add(sentence, Qualified(sentence, i), end + 2, value, detail, AnnotationKind.Quantity);
    }

    /// <summary>
    /// A length of time from <paramref name="start"/> with its unit at <paramref name="unitAt"/>; with the word after it
    /// that places something by it ("three hours later"), unless it follows "for" ("for two hours before lunch" lasted
    /// two hours). "Three years old" is an age, not a length of time: null.
    /// </summary>
    private static int? AddDuration(ReadSentence sentence, int start, int unitAt, int end, double value)
    {
        var tokens = sentence.Tokens;
        var from = Qualified(sentence, start);
        var unit = Singular(tokens[unitAt].Text);
        if (end < tokens.Count && tokens[end].Is("old"))
        {
            return null;
        }

        var placing = end < tokens.Count && Placing.TryGetValue(tokens[end].Text, out var how) && !AfterFor(tokens, from) && !sentence.Taken.Contains(end) ? how : null;
        return placing is null
            ? Add(sentence, from, end, value, unit, AnnotationKind.Duration)
            : Add(sentence, from, end + 1, value, unit + "|" + placing, AnnotationKind.Duration);
    }

    /// <summary>Where an amount starts with its qualifier or range (<see cref="AmountQualifiers"/>), if those words are not read as something else.</summary>
    private static int Qualified(ReadSentence sentence, int start)
    {
        var from = AmountQualifiers.From(sentence.Tokens, start);
        return sentence.IsTaken(from, start) ? start : from;
    }

    /// <summary>"for (nearly) two hours before ...", "lasted two hours before ...": a length of time, not a time before something.</summary>
    private static bool AfterFor(List<Token> tokens, int from) => from > 0 && Lasting.Contains(tokens[from - 1].Text);

    /// <summary>"two to three weeks", "between 70 and 200 km": the first number of a range, read with its second.</summary>
    private static bool StartsRange(List<Token> tokens, int i, int end) =>
        end + 1 < tokens.Count && (tokens[end].Text is "to" or "or" or "-" || (tokens[end].Is("and") && i > 0 && tokens[i - 1].Is("between")))
            && NumberWords.Value(tokens[end + 1].Text) is not null;

    /// <summary>A number at <paramref name="i"/> with its scale ("2.5 billion", "twenty-one", "three million", "two and a half"): its value and where it ends.</summary>
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

        var half = NumberWords.AndAHalf(tokens, i + 1);
        if (NumberWords.Value(token.Text) is not { } value || (token.Is("one") && !NextIsUnit(tokens, half ? i + 4 : i + 1)))
        {
            return null;
        }

        if (half)
        {
            // "two and a half days".
            return (value + 0.5, i + 4);
        }

        var end = i + 1;
        while (end < tokens.Count && NumberWords.Scale(tokens[end].Text) is { } scale)
        {
            value *= scale;
            end++;
        }

        return (value, end);
    }

    /// <summary>
    /// "Resolution 2397", "Flight 17", "Pukguksong-3", "No. 5": a number that is part of a name; at the start of a
    /// sentence too, unless the word before it qualifies it ("Around 28,500 troops", "Nearly 200 ..."). A number with a
    /// scale is an amount ("and Beijing 5 million yuan").
    /// </summary>
    private static bool IsIdentifier(List<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || i == 0 || (i + 1 < tokens.Count && NumberWords.Scale(tokens[i + 1].Text) is not null))
        {
            return false;
        }

        var before = tokens[i - 1];
        if (i > 1 && before.Text is "-" or "No." or "#")
        {
            return true;
        }

        var name = before.IsCapitalized && Time.Calendar.Month(before.Text) == 0 && !NumberWords.Value(before.Text).HasValue && !CommonWords.IsFunctionWord(before.Text);
        return name && (i == 1
            ? !AmountQualifiers.IsQualifier(before.Text) && !before.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            : tokens[i - 2].Kind != TokenKind.Quote);
    }

    /// <summary>"9 a.m.", "10:30": a time of day; "3:1", a score or ratio, is not a count either.</summary>
    private static bool IsClockTime(List<Token> tokens, int i) =>
        (i > 1 && tokens[i - 1].Text == ":" && tokens[i - 2].Kind == TokenKind.Number) || i + 1 < tokens.Count && (tokens[i + 1].Text.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Text.StartsWith("p.m", StringComparison.OrdinalIgnoreCase)
            || tokens[i + 1].Text is ":" or "GMT" or "UTC" or "KST");

    /// <summary>
    /// A count written as one hyphenated word, a number word and the noun it counts: "three-storey" (3 storey),
    /// "four-point" (4 point). Not "one-" (one-sided, one-off), a number ("fifty-five"), a fraction ("two-thirds"), a unit of time or measure.
    /// </summary>
    private static (double Value, string Noun)? CompoundCount(Token token)
    {
        var parts = token.Text.Split('-');
        if (!token.IsWord || parts.Length != 2 || parts[1].Length < 3 || !parts[1].All(char.IsLower) || NumberWords.Value(parts[0]) is not { } value || value < 2
            || Time.Calendar.IsTimeUnit(parts[1]) || Measures.Contains(parts[1]) || NumberWords.Value(parts[1]) is not null || NumberWords.Ordinal(parts[1]) is not null || parts[1] is "thirds" or "fifths" or "halves" or "quarters")
        {
            return null;
        }

        return (value, parts[1]);
    }

    /// <summary>A length of time written as one hyphenated word: "two-day" (2 day), "eight-and-a-half-hour" (8.5 hour).</summary>
    private static (double Value, string Unit)? CompoundDuration(string word)
    {
        var parts = word.ToLowerInvariant().Split('-');
        if (parts.Length < 2 || !Time.Calendar.IsTimeUnit(parts[^1]))
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

    /// <summary>
    /// "four hours and 12 minutes", "two years and three months", "2 hours 12 minutes and 43 seconds": a length of time
    /// with smaller units after it is one length (in the largest unit), not a length cut off before its minutes.
    /// Returns where it ends and its value.
    /// </summary>
    private static (int End, double Value) AndSmaller(List<Token> tokens, int unitAt, double value)
    {
        // "2 hours 12 minutes and 43 seconds": each smaller unit in turn, with or without "and" before it.
        var end = unitAt + 1;
        var unit = Singular(tokens[unitAt].Text);
        var scale = 1.0;
        while (Smaller.TryGetValue(unit, out var smaller))
        {
            var at = end < tokens.Count && tokens[end].Is("and") ? end + 1 : end;
            if (at + 1 >= tokens.Count || tokens[at].Kind != TokenKind.Number && !tokens[at].IsWord || NumberWords.Value(tokens[at].Text) is not { } more
                || Singular(tokens[at + 1].Text) != smaller.Unit)
            {
                break;
            }

            scale *= smaller.PerLarger;
            value += more / scale;
            end = at + 2;
            unit = smaller.Unit;
        }

        return (end, value);
    }

    /// <summary>The unit a length of time may add after "and", and how many of it make one of the larger.</summary>
    private static readonly Dictionary<string, (string Unit, double PerLarger)> Smaller = new(StringComparer.Ordinal)
    {
        ["year"] = ("month", 12), ["week"] = ("day", 7), ["day"] = ("hour", 24), ["hour"] = ("minute", 60), ["minute"] = ("second", 60),
    };

    /// <summary>Whether token <paramref name="i"/> is the "cent" of "per cent".</summary>
    private static bool IsPerCent(List<Token> tokens, int i) =>
        tokens[i].Text.Equals("cent", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Text.Equals("per", StringComparison.OrdinalIgnoreCase);

    private static bool NextIsUnit(List<Token> tokens, int i) =>
        i < tokens.Count && (Time.Calendar.IsTimeUnit(tokens[i].Text) || Measures.Contains(tokens[i].Text) || Currencies.IsWord(tokens[i].Text));

    /// <summary>Where the time unit of a duration is: "50 minutes", "45-minute", "two-day".</summary>
    private static int? Duration(List<Token> tokens, int end)
    {
        if (end < tokens.Count && Time.Calendar.IsTimeUnit(tokens[end].Text))
        {
            return end;
        }

        return end + 1 < tokens.Count && tokens[end].Text == "-" && Time.Calendar.IsTimeUnit(tokens[end + 1].Text) ? end + 1 : null;
    }

    private static int Add(ReadSentence sentence, int start, int end, double value, string detail, AnnotationKind kind)
    {
        sentence.Annotate(kind, start, end, NumberWords.Format(value), detail);
        sentence.Take(start, end);
        return end;
    }

    private static string Singular(string unit) => unit.EndsWith('s') ? unit[..^1].ToLowerInvariant() : unit.ToLowerInvariant();
}
