using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>Amounts with a unit or a currency: "$2.5 billion", "930,000 tonnes", "4,000 kilometres", "5 percent".</summary>
internal sealed partial class AmountExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Amount;

    /// <summary>
    /// Nouns of money passing between parties, whose amount is a sum ("how much trade", "how much aid"): dealings
    /// between countries or firms are told by their value, not by a quantity of goods.
    /// </summary>
    private static readonly HashSet<string> MoneyFlows = new(StringComparer.Ordinal)
    {
        "money", "cash", "aid", "funding", "trade", "investment", "investments", "exports", "imports", "assistance", "loans", "lending",
        "donations", "remittances",
    };

    /// <summary>"How much trade ...", "how much aid ...": a flow of money, whose amount is a sum; a share of another whole does not answer it.</summary>
    private static bool AsksMoneyFlow(string question)
    {
        var words = question.ToLowerInvariant().Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries);
        var much = Array.IndexOf(words, "much");
        return much >= 0 && much + 1 < words.Length && MoneyFlows.Contains(words[much + 1]);
    }

    /// <summary>
    /// "How much coal ...", "how much oil ...": a quantity of a thing, which money does not measure (unlike "how much did it
    /// cost"). "How much for a room?" names no thing measured: "how much for" asks a price, as a follow-up about another
    /// payer ("and for children?") is spelt.
    /// </summary>
    private static bool AsksQuantityOfThing(string question)
    {
        var words = question.ToLowerInvariant().Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries);
        var much = Array.IndexOf(words, "much");
        return much >= 0 && much + 1 < words.Length && words[much + 1] is not ("did" or "does" or "do" or "is" or "was" or "will" or "has" or "have" or "for")
            && !AsksMoneyFlow(question)
            && !words.Any(w => w is "cost" or "costs" or "spend" or "spent" or "pay" or "paid" or "worth" or "earn" or "earned" or "price" or "dollars" or "budget" or "money");
    }

    /// <summary>
    /// "spent about 70 billion dong ($3 million)": an amount in brackets after another the reader did not read as one (a
    /// currency it does not know) is that amount converted; the answer quotes both, from where the first begins.
    /// </summary>
    private static int ConvertedFrom(Passage passage, Annotation quantity)
    {
        var text = passage.Text;
        if (quantity.Start < 2 || text[quantity.Start - 1] != '(' || quantity.End >= text.Length || text[quantity.End] != ')'
            || passage.Of(AnnotationKind.Quantity).Any(q => q.End <= quantity.Start - 1 && q.End >= quantity.Start - 3))
        {
            return quantity.Start;
        }

        var before = text[Math.Max(0, quantity.Start - 60)..(quantity.Start - 1)];
        var first = ConvertedAmount.Match(before);
        return first.Success ? quantity.Start - 1 - (before.Length - first.Index) : quantity.Start;
    }

    private static readonly System.Text.RegularExpressions.Regex ConvertedAmount = new(
        @"(?:(?:about|some|roughly|around|nearly|almost|over|more than|less than|up to)\s+)?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s+[A-Za-z]+\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var asked = DimensionWords.OfQuestion(Language.Tokenizer.Tokenize(question.Text).Where(t => t.IsWord).Select(t => t.Text).ToList()) is var said
            && said == Dimension.None && question.Measure is { } measure ? measure : said;
        var ofThing = AsksQuantityOfThing(question.Text);
        var flow = AsksMoneyFlow(question.Text);
        var unitAsked = question.AmountUnit;
        var limitAsked = LimitAmount.Asked(question);
        foreach (var quantity in passage.Of(AnnotationKind.Quantity))
        {
            var money = quantity.Detail.StartsWith("money:", StringComparison.Ordinal);
            var unit = quantity.Detail.StartsWith("unit:", StringComparison.Ordinal);
            if (!money && !unit)
            {
                continue;
            }

            var words = quantity.TextIn(passage.Text);
            if (Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                continue;
            }

            var fit = unitAsked is not null ? (SameKindOfUnit(unitAsked, quantity) ? OtherDimensionSaid(asked, quantity, passage) : 0.3)
                : UnitFamilyFit(asked, quantity) is { } familyFit ? familyFit
                : asked != Dimension.None ? DimensionFit(asked, quantity, passage) : money ? (ofThing && !WorthOfThing.Tells(question, passage, quantity) ? 0.3 : 1.0) : 0.9;
            fit *= (ofThing || flow) && ShareOfOtherWhole(question, passage, quantity) ? OtherWhole : 1.0;
            fit *= ShareOfAskedWhole(question, passage, quantity) ? OtherWhole : 1.0;
            fit *= ofThing && RateOfNoun(passage, quantity) ? OtherWhole : 1.0;
            fit *= ofThing && (MeasuresOtherThing(question, passage, quantity) || SaidAfter(quantity, passage) != Dimension.None) ? OtherWhole : 1.0;
            fit *= unit ? MeasureOfOtherNoun.Fit(question, passage, quantity) : 1.0;
            fit *= CombinedTotal.AsksOnlyOne(question, passage, quantity) ? CombinedTotal.Weight : 1.0;
            fit *= money && IncludedPart.AsksOnlyThePart(question, passage, quantity) ? IncludedPart.Weight : 1.0;
            fit *= money ? CostOfOtherThing.Fit(question, passage, quantity) : 1.0;
            fit *= money ? WorthOfOtherThing.Fit(question, passage, quantity) : 1.0;
            fit *= !limitAsked && LimitAmount.IsLimit(passage, quantity) ? LimitAmount.Weight : 1.0;
            fit *= question.CurrencyAsked is { } code && quantity.Detail != "money:" + code ? OtherCurrency.OtherCurrencyFit : 1.0;

            // "How much did each Chinese tourist pay?" is not answered by "Tourists from abroad paid ...".
            fit *= question.CountQualifiers.Any(stems => !stems.Any(passage.Words.Contains)) ? OtherPayer : 1.0;
            if (AmountRange.Closes(passage, quantity))
            {
                continue;
            }

            var start = ConvertedFrom(passage, quantity);
            var end = start < quantity.Start ? quantity.End + 1 : quantity.End;
            if (AmountRange.Opened(passage, quantity) is { } range)
            {
                (start, end) = range;
            }

            yield return new AnswerCandidate(passage, Type, passage.Text[start..end], start, end, fit) { Note = $"amount {quantity.Value} ({quantity.Detail})" };
        }

        if (unitAsked is null && asked == Dimension.Size)
        {
            // "How big is the arena?" of "a 12,000-seat arena": a place built to hold people is as big as the room it
            // has, a count of seats or beds, when no unit of area or length is asked.
            foreach (var room in passage.Of(AnnotationKind.Quantity).Where(q => q.Detail.StartsWith("count:", StringComparison.Ordinal) && CountExtractor.SaysCapacity(q, passage)))
            {
                var end = CountExtractor.EndOfCounted(passage.Text, room);
                yield return new AnswerCandidate(passage, AnswerType.Number, passage.Text[room.Start..end], room.Start, end, RoomFit) { Note = $"count {room.Value} ({room.Detail}) as room" };
            }
        }

        if (unitAsked is null && AsksLimit(question))
        {
            // "caps deliveries of bottled gas at 300 cylinders a day": a limit may be a count of things as well as an amount.
            foreach (var count in passage.Of(AnnotationKind.Quantity).Where(q => q.Detail.StartsWith("count:", StringComparison.Ordinal) && q.Detail.Length > "count:".Length))
            {
                var end = CountExtractor.EndOfCounted(passage.Text, count);
                var words = passage.Text[count.Start..end];
                if (!Spans.RepeatsQuestion(words, question, passage.Analyze))
                {
                    yield return new AnswerCandidate(passage, AnswerType.Number, words, count.Start, end, 0.9) { Note = $"count {count.Value} ({count.Detail}) as a limit" };
                }
            }
        }
    }

    /// <summary>What a count of seats or beds fits as a place's size: a measure of area or length, when the sentence has one, fits better.</summary>
    private const double RoomFit = 0.9;

    /// <summary>How much of its fit an amount keeps whose sentence lacks the nationality the question gives its payer or owner.</summary>
    private const double OtherPayer = 0.5;

    /// <summary>How much of its fit a share keeps that is a share of a whole the question does not name.</summary>
    private const double OtherWhole = 0.3;

    /// <summary>
    /// "buys about 90 per cent of the country's exports": a share is a share of the whole named after "of" (exports),
    /// and answers no "how much" asked of another thing ("how much trade ...?"). Past articles, possessives and names
    /// ("of North Korea's exports") to the first common noun; a pronoun ("of them") names no whole.
    /// </summary>
    private static bool ShareOfOtherWhole(QuestionReading question, Passage passage, Annotation quantity)
    {
        // The whole's words up to the end of its phrase: "of its foreign trade" is named by "trade" as much as "foreign".
        var phrase = WholeAfterShare(passage, quantity);
        return phrase.Count > 0 && !phrase.Any(word => passage.Analyze(word) is var stems && question.Terms.Any(t => t.IsIn(stems)));
    }

    /// <summary>
    /// "How much grain did the barge carry?" and "a barge able to carry 900 tonnes of freight": an amount names what it
    /// measures after "of", and when none of those words is the question's it is an amount of another thing (the
    /// load a vessel can take, not the grain it took). Likewise "a barge 80 metres long" (<see cref="SaidAfter"/>) is
    /// the size of a thing, no quantity of anything.
    /// </summary>
    private static bool MeasuresOtherThing(QuestionReading question, Passage passage, Annotation quantity)
    {
        if (!quantity.Detail.StartsWith("unit:", StringComparison.Ordinal) || quantity.Detail is "unit:percent" or "unit:%")
        {
            return false;
        }

        var phrase = WholeAfterShare(passage, quantity, anyUnit: true);
        return phrase.Count > 0 && !phrase.Any(word => passage.Analyze(word) is var stems && question.Terms.Any(t => t.IsIn(stems)));
    }

    /// <summary>
    /// "How much is the city's total budget?" and "a budget that keeps schools at 12 percent of total city spending": a
    /// share of the whole the question asks about (its words are the question's) is a part of that whole, not its amount.
    /// A question asking a share ("what share of ...", "how much of the budget ...") is answered by it as before.
    /// </summary>
    private static bool ShareOfAskedWhole(QuestionReading question, Passage passage, Annotation quantity)
    {
        // Only "how much is/was X?": the amount of a thing itself, not a change of it or a part of it.
        var lower = question.LowerWords;
        var words = Language.Tokenizer.LowerWords(question.Text);
        var much = words.IndexOf("much");
        if (much < 0 || much + 1 >= words.Count || words[much + 1] is not ("is" or "was" or "are" or "were")
            || lower.Any(w => w is "share" or "shares" or "percent" or "percentage" or "proportion" or "portion" or "fraction" or "rate" or "%"))
        {
            return false;
        }

        // A word of the whole that owns another ("the country's exports") is not the whole itself.
        var whole = WholeAfterShare(passage, quantity, owners: false);
        return whole.Any(w => lower.Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// The words of the whole a share is "of" ("12 percent of total city spending" → total, city, spending); none when it
    /// is not a share of a thing. Without <paramref name="owners"/>, no word that owns the next ("the country's").
    /// </summary>
    private static List<string> WholeAfterShare(Passage passage, Annotation quantity, bool owners = true, bool anyUnit = false)
    {
        if (!anyUnit && quantity.Detail is not ("unit:percent" or "unit:%"))
        {
            return [];
        }

        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        var after = next < 0 ? [] : tokens.GetRange(next, tokens.Count - next);
        if (after.Count < 2 || !after[0].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var phrase = after.Skip(1).TakeWhile(t => t.IsWord || t.Kind == Language.TokenKind.Possessive).ToList();
        return phrase.Where((t, i) => t.IsWord && !t.IsCapitalized && (owners || !Owns(phrase, i))
                && t.Text is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "all"))
            .Select(t => t.Text).TakeWhile(w => !CommonWords.IsFunctionWord(w) && !CommonWords.IsPreposition(w)).ToList();
    }

    /// <summary>
    /// "won an exemption from the 25 percent steel tariffs": a percentage set before a noun is that noun's rate (of a
    /// tariff, a cut, a stake), not a quantity of a thing, and answers no "how much steel ...?".
    /// </summary>
    private static bool RateOfNoun(Passage passage, Annotation quantity)
    {
        if (quantity.Detail is not ("unit:percent" or "unit:%"))
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        if (next < 0 || !tokens[next].IsWord)
        {
            return false;
        }

        var word = tokens[next].Text;
        return !CommonWords.IsFunctionWord(word) && !CommonWords.IsPreposition(word) && !Language.Time.Calendar.IsCalendarWord(word)
            && word.ToLowerInvariant() is not ("last" or "this" or "next" or "year-on-year" or "annually" or "overall" or "more" or "less" or "higher" or "lower" or "yesterday" or "today" or "tomorrow");
    }

    /// <summary>Whether the word at <paramref name="i"/> is followed by a possessive ("country" in "the country's exports").</summary>
    private static bool Owns(List<Language.Token> phrase, int i) => i + 1 < phrase.Count && phrase[i + 1].Kind == Language.TokenKind.Possessive;

    /// <summary>"What is the cap on ...?", "the yearly ceiling on ...", "what quota ...": a question asking a limit.</summary>
    private static bool AsksLimit(QuestionReading question) =>
        question.LowerWords.Any(w => w is "cap" or "ceiling" or "limit" or "quota" or "maximum" or "minimum");

    /// <summary>
    /// Whether an amount is in the unit asked or one of its kind: any length for "how many km" ("170 kilometres", "105
    /// miles"), the unit itself otherwise ("barrels" for "how many barrels"); money never is.
    /// </summary>
    private static bool SameKindOfUnit(string unit, Annotation quantity)
    {
        if (!quantity.Detail.StartsWith("unit:", StringComparison.Ordinal))
        {
            return false;
        }

        return IsLengthUnit(unit) ? IsLength(quantity) : quantity.Detail.Contains(unit.TrimEnd('s'), StringComparison.Ordinal);
    }

    /// <summary>Whether an amount is a length (kilometres, miles, metres, feet, inches, yards).</summary>
    internal static bool IsLength(Annotation quantity) =>
        quantity.Detail.StartsWith("unit:", StringComparison.Ordinal) && IsLengthUnit(quantity.Detail[5..]);

    /// <summary>Whether a unit's words measure length ("kilometres", "km", "feet").</summary>
    private static bool IsLengthUnit(string unit) =>
        unit.Contains("kilomet", StringComparison.Ordinal) || unit.Contains("mile", StringComparison.Ordinal)
            || unit.Contains("met", StringComparison.Ordinal) || unit.Contains("feet", StringComparison.Ordinal) || unit.Contains("foot", StringComparison.Ordinal)
            || unit.Contains("inch", StringComparison.Ordinal) || unit.Contains("yard", StringComparison.Ordinal) || unit is "km" or "cm" or "mm";

    /// <summary>
    /// How well an amount fits a measure whose unit family is known ("what was the price" → money, "the yield" →
    /// kilotons, "the temperature" → degrees, "the speed" → km/h, knots, "the turnout" → percent); null for the lengths,
    /// weights and sizes <see cref="DimensionFit"/> weighs, and for a measure of any unit.
    /// </summary>
    private static double? UnitFamilyFit(Dimension asked, Annotation quantity)
    {
        var unit = quantity.Detail.StartsWith("unit:", StringComparison.Ordinal) ? quantity.Detail[5..] : string.Empty;
        bool? fits = asked switch
        {
            Dimension.Money => quantity.Detail.StartsWith("money:", StringComparison.Ordinal),
            Dimension.Energy => unit.StartsWith("kiloton", StringComparison.Ordinal) || unit.StartsWith("megaton", StringComparison.Ordinal),
            Dimension.Temperature => unit.StartsWith("degree", StringComparison.Ordinal),
            Dimension.Speed => unit is "km/h" or "mph" or "knots" or "kph",
            Dimension.Share => unit is "percent" or "%",
            _ => null,
        };
        return fits is null ? null : fits.Value ? 1.0 : 0.3;
    }

    /// <summary>How well an amount fits the dimension asked: a length for "how far/high", said to measure it if the sentence says so.</summary>
    internal static double DimensionFit(Dimension asked, Annotation quantity, Passage passage)
    {
        var isLength = IsLength(quantity);
        var wantsLength = asked is Dimension.Height or Dimension.Distance or Dimension.Length or Dimension.Width or Dimension.Depth;
        if (wantsLength != isLength && asked != Dimension.Size || (isLength && IsRate(passage.Text, quantity.End)))
        {
            // "trains crawled at 20 or 30 kilometres an hour": a speed, no distance gone.
            return 0.3;
        }

        // "flew about 450 kilometres and reached an altitude of about 910 kilometres": the word before says which is which.
        var said = SaidAfter(quantity, passage) is var after and not Dimension.None ? after : SaidBefore(quantity, passage);
        if (said == Dimension.None && isLength && asked is Dimension.Height or Dimension.Depth or Dimension.Size && DistanceFrom.Tells(quantity, passage))
        {
            // "about 70 kilometres from the border" is surely no height: it fits no better than an amount of no length.
            return 0.3;
        }

        return said == Dimension.None ? 0.9 : said == asked ? 1.0 : 0.45;
    }

    /// <summary>
    /// "How many kilometres up is the orbit?": the unit asked fits any length, but one the sentence says measures another
    /// dimension ("about 70 kilometres from the border" is how far from it, no height) fits as in <see cref="DimensionFit"/>.
    /// </summary>
    private static double OtherDimensionSaid(Dimension asked, Annotation quantity, Passage passage) =>
        asked is Dimension.Height or Dimension.Distance or Dimension.Length or Dimension.Width or Dimension.Depth && IsLength(quantity)
            && DimensionFit(asked, quantity, passage) is var fit && fit < 0.9 ? fit : 1.0;

    /// <summary>"30 kilometres an hour", "... per day", "... a second": the amount is a rate per unit of time.</summary>
    internal static bool IsRate(string text, int end) => Rate().IsMatch(text.AsSpan(end));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:an?|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Rate();

    /// <summary>"a strip about 5 centimetres high", "4 kilometres wide": the adjective right after a length says what it measures.</summary>
    private static Dimension SaidAfter(Annotation quantity, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        return next >= 0 && tokens[next].Text is "high" or "tall" or "wide" or "deep" or "long" or "thick" or "broad" ? DimensionWords.OfWord(tokens[next].Text) : Dimension.None;
    }

    /// <summary>The dimension the few words before an amount say it measures, within its clause.</summary>
    private static Dimension SaidBefore(Annotation quantity, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        for (var k = at - 1; k >= 0 && k >= at - 5; k--)
        {
            if (tokens[k].Text is "," or ";" || tokens[k].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (DimensionWords.OfWord(tokens[k].Text) is var dimension and not Dimension.None)
            {
                return dimension;
            }
        }

        return Dimension.None;
    }
}
