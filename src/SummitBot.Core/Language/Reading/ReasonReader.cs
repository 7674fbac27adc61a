using SummitBot.Language.Words;

namespace SummitBot.Language.Reading;

/// <summary>
/// Marks reason clauses: "because ...", "because of ...", "so that ...", "in order to ...", "due to ...", "as ..."
/// and "since ..." where they open a clause, "after ..." (a reason as often as a time), "citing ...", "amid ...",
/// "partly for ..." (a word of degree before "for"), "for trying to ..." after a verb of judging a deed
/// ("fined the firm for dumping waste"), and a phrase of exchange or answer ("in return for ...", "as a reward for ...":
/// <see cref="ExchangeReason"/>).
/// Which clause answers a "why" is decided when the question is asked.
/// </summary>
internal static class ReasonReader
{
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "so", "order", "due", "owing", "as", "since", "after", "citing", "amid", "given", "thanks", "lest", "to", "for",
        "partly", "largely", "mainly", "chiefly", "mostly", "precisely",
        "return", "exchange", "retaliation", "response", "protest", "revenge", "recognition", "reward", "punishment", "penalty",
    };

    public static void Read(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var marker = MarkerAt(tokens, i);
            if (marker is null)
            {
                continue;
            }

            var (start, from) = marker.Value;
            var end = from;
            var quoted = InsideQuote(tokens, start);
            // The deed judged ends at the first comma: "jailed for smuggling gold, after a short trial" is judged for the smuggling.
            var judged = tokens[start].Is("for");
            while (end < tokens.Count && tokens[end].Text is not ("." or ";" or "!" or "?") && !(tokens[end].Text == "," && (judged || end > from + 3 && ClauseBreak(tokens, end)))
                && !(quoted && tokens[end].Kind == TokenKind.Quote))
            {
                end++;
            }

            if (quoted && end > from && tokens[end - 1].Text == ",")
            {
                // '... had to stop because of sanctions," said the minister': the comma before the closing mark is the quote's.
                end--;
            }

            // "because of sanctions" is a reason of one word; a clause needs two ("as he" is none).
            if (end - from >= 2 || end - from == 1 && from - start == 2 && tokens[from].IsWord)
            {
                sentence.Annotate(AnnotationKind.Reason, start, end, sentence.Span(start, from).ToLowerInvariant());
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// Whether the token at <paramref name="at"/> stands inside a quotation (an odd number of quotation marks before it):
    /// its reason ends with the quotation, not at the speaker's name after it.
    /// </summary>
    private static bool InsideQuote(List<Token> tokens, int at)
    {
        var marks = 0;
        for (var k = 0; k < at; k++)
        {
            marks += tokens[k].Kind == TokenKind.Quote ? 1 : 0;
        }

        return marks % 2 == 1;
    }

    /// <summary>The marker at <paramref name="i"/>: where it starts and where its clause starts.</summary>
    private static (int Start, int From)? MarkerAt(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (!Markers.Contains(word))
        {
            return null;
        }

        string Next(int k) => i + k < tokens.Count ? tokens[i + k].Text.ToLowerInvariant() : string.Empty;
        return word switch
        {
            "because" => Next(1) == "of" ? (i, i + 2) : (i, i + 1),
            "so" when Next(1) == "that" => (i, i + 2),
            "order" when i > 0 && tokens[i - 1].Is("in") && Next(1) is "to" or "for" => (i - 1, i + 2),
            "due" when Next(1) == "to" && Scheduled(tokens, i) => null,
            "due" or "owing" when Next(1) == "to" => (i, i + 2),
            "given" when Next(1) == "that" => (i, i + 2),
            "thanks" when Next(1) == "to" => (i, i + 2),
            "citing" or "amid" or "lest" => (i, i + 1),
            // "chose the train partly for security and partly for its symbolism": "for" after a word of degree gives a reason.
            "partly" or "largely" or "mainly" or "chiefly" or "mostly" or "precisely" when Next(1) == "for" => (i, i + 2),
            "for" when JudgedDeed(tokens, i) => (i, i + 1),
            _ when ExchangeReason.At(tokens, i) is { } exchange => exchange,
            "since" when SinceATime(tokens, i) => null,
            "as" or "since" when OpensClause(tokens, i) => (i, i + 1),
            "after" when OpensClause(tokens, i) => (i, i + 1),
            _ => null,
        };
    }

    /// <summary>How many tokens before "for" a verb of judging may stand ("sentenced the man, a farmer, to ten years for ...").</summary>
    private const int JudgingReach = 25;

    /// <summary>
    /// "fined the skipper for fishing without a licence", "praised for staying calm": "for" and a verb in "-ing" after a
    /// verb of judging (<see cref="JudgingVerbs"/>) earlier in its clause name the deed judged, the judgment's reason.
    /// </summary>
    private static bool JudgedDeed(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].IsCapitalized || !tokens[i + 1].Text.EndsWith("ing", StringComparison.Ordinal)
            || !Relations.WordRelations.Default.IsVerb(tokens[i + 1].Text.ToLowerInvariant()))
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - JudgingReach && tokens[k].Text is not (";" or "." or "?" or "!"); k--)
        {
            if (tokens[k].IsWord && JudgingVerbs.IsJudging(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"as"/"since"/"after" that start a clause (a subject and a verb follow), not "as well", "since 2017", "after the talks".</summary>
    private static bool OpensClause(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Number || (i > 0 && tokens[i - 1].Text is "such" or "as" or "so"))
        {
            return false;
        }

        // "since May", "since then", "after Monday": a time, not a reason.
        var next = tokens[i + 1].Text.ToLowerInvariant();
        if (Time.Calendar.IsCalendarWord(tokens[i + 1].Text) || next is "then" or "last" or "early" or "late" or "mid" or "taking" or "becoming")
        {
            return false;
        }

        // "50 years since North Korea seized the ship", "ever since": a stretch of time, not a reason.
        if (tokens[i].Is("since") && i > 0 && (tokens[i - 1].Text.ToLowerInvariant() is "years" or "months" or "weeks" or "days" or "decades" or "hours" or "ever" or "year" or "time"))
        {
            return false;
        }

        // "after the two sides failed to settle ...", "after the North tested a missile": "the" opens a clause when a
        // verb in the past follows its noun ("after a UN panel accused it"); "after the talks", "after the collapse of
        // the talks" stay times. Not for
        // "since" and "as", whose clauses with "the" mostly tell a time ("the first since the summit ended").
        if (next is "the" or "a" or "an" && tokens[i].Is("after"))
        {
            return SubjectThenVerb(tokens, i + 2);
        }

        // Not for "as": its clause of reason hangs loosely on its sentence and answered for things told nearby.
        if (next == "the" && tokens[i].Is("since") && i > 0 && tokens[i - 1].Text == ",")
        {
            return ReasonTense.After(tokens, i + 2);
        }

        return next is not ("well" or "a" or "an" or "the" or "of" or "for" or "to" or "much" or "many" or "long" or "soon" or "part" or "if")
            && (tokens[i + 1].IsCapitalized || next is "he" or "she" or "they" or "it" or "we" or "i" || i == 0 || tokens[i - 1].Text == ",");
    }

    /// <summary>A noun phrase of one to three words from <paramref name="from"/>, then a verb in "-ed": "two sides failed", "North tested".</summary>
    private static bool SubjectThenVerb(List<Token> tokens, int from)
    {
        var relations = Relations.WordRelations.Default;
        for (var k = from + 1; k < Math.Min(tokens.Count, from + 4); k++)
        {
            var word = tokens[k - 1].Text.ToLowerInvariant();
            if (tokens[k - 1].Kind is TokenKind.Symbol or TokenKind.Quote || CommonWords.IsPreposition(word) || word is "and" or "or" or "that" or "which" or "who")
            {
                return false;
            }

            var text = tokens[k].Text;
            if (!tokens[k].IsCapitalized && text.EndsWith("ed", StringComparison.Ordinal) && relations.IsVerb(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The leaders had been due to have lunch", "Putin was due to leave for Beijing": "due to" after a form of "be" and
    /// before a plain verb says what was scheduled, not why something happened (as "due to the weather" does).
    /// </summary>
    private static bool Scheduled(List<Token> tokens, int due)
    {
        if (due == 0 || due + 2 >= tokens.Count || tokens[due - 1].Text.ToLowerInvariant() is not ("be" or "been" or "is" or "was" or "were" or "are" or "'s" or "am" or "not"))
        {
            return false;
        }

        var next = tokens[due + 2].Text.ToLowerInvariant();
        var relations = Relations.WordRelations.Default;
        return !tokens[due + 2].IsCapitalized && (next is "have" or "be" || relations.IsVerb(next)) && next is not ("a" or "an" or "the")
            && !next.EndsWith('s') && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the highest-ranking diplomat known to have fled since Jang, then ambassador to Egypt, defected in 1997": "since"
    /// after a perfect ("have fled since", "has not met since") counts the time from a past event, and so does a
    /// "since" clause that dates its event by a year; neither gives a reason.
    /// </summary>
    private static bool SinceATime(List<Token> tokens, int since)
    {
        for (var k = since - 1; k >= 0 && k >= since - 4 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Text.ToLowerInvariant() is "has" or "have" or "had" or "having" or "'ve")
            {
                return true;
            }
        }

        for (var k = since + 1; k < tokens.Count && tokens[k].Text is not ("." or ";" or "!" or "?") && !(tokens[k].Text == "," && ClauseBreak(tokens, k)); k++)
        {
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length == 4 && int.TryParse(tokens[k].Text, out var year) && year is >= 1900 and <= 2100)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseBreak(List<Token> tokens, int comma) =>
        comma + 1 < tokens.Count && tokens[comma + 1].Text.ToLowerInvariant() is "and" or "but" or "while" or "which" or "who" or "as" or "said" or "according";
}
