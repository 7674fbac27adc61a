using SummitBot.Language.Relations;
using SummitBot.Language.Time;
using SummitBot.Language.Words;

namespace SummitBot.Language;

/// <summary>
/// A clause said of a noun in passing, between the noun and the sentence's own verb: one opened by "which", "who" or
/// "that" ("The Osprey, a tanker that the navy seized last week, reached port"), or a past participle set off by
/// commas right after its noun ("The crew, rescued two days earlier, flew home on Monday"). Its verb's time is not
/// the sentence's: a date inside it is the clause's, and a date after it is the main verb's.
/// </summary>
internal static class RelativeAside
{
    /// <summary>Past participles that are their verb's plain form too, which the lexicon does not list as past forms.</summary>
    private static readonly HashSet<string> PlainParticiples = new(StringComparer.Ordinal) { "put", "cut", "shut", "hit" };

    /// <summary>
    /// The tokens [from, to) of the aside the word at <paramref name="at"/> stands in: from its opener, in the same
    /// stretch between commas, to the next comma; null if it stands in none or the clause runs to the sentence's end
    /// (then nothing after it says the main verb's time).
    /// </summary>
    public static (int From, int To)? Around(List<Token> tokens, int at)
    {
        var from = at - 1;
        while (from > 0 && tokens[from].Text != "," && !IsRelative(tokens, from))
        {
            from--;
        }

        var to = NextBreak(tokens, at);

        return from > 0 && to < tokens.Count && (IsRelative(tokens, from) || (OpensParticiple(tokens, from) && VerbFollows(tokens, to))) ? (from, to) : null;
    }

    /// <summary>
    /// ", who met in the harbour inn, the Old Anchor, on Friday night.": a clause may end on a noun that a name or
    /// noun phrase between commas names again (no verb in it), after which a preposition carries the clause on, not
    /// the sentence's own verb. Given the comma <paramref name="to"/> that closes a clause, the end of the clause read
    /// on past such appositions: the next comma or semicolon, or the sentence's end.
    /// </summary>
    public static int PastAppositions(List<Token> tokens, int to)
    {
        while (ClosesApposition(tokens, to) is int next)
        {
            to = NextBreak(tokens, next + 1);
        }

        return to;
    }

    /// <summary>The comma closing an apposition that opens at the comma <paramref name="comma"/> and is followed by a preposition; null if there is none.</summary>
    private static int? ClosesApposition(List<Token> tokens, int comma)
    {
        if (comma < 1 || comma + 2 >= tokens.Count || tokens[comma].Text != "," || !tokens[comma - 1].IsWord || !OpensNounPhrase(tokens[comma + 1]))
        {
            return null;
        }

        var close = comma + 1;
        while (close < tokens.Count && tokens[close].Text is not ("," or ";"))
        {
            if (tokens[close].IsWord && !tokens[close].IsCapitalized && (IsRelative(tokens, close) || Auxiliaries.Contains(tokens[close].Text) || ClauseTense.IsPastForm(tokens[close].Text)))
            {
                return null;
            }

            close++;
        }

        var after = close + 1;
        return close < tokens.Count && tokens[close].Text == "," && after < tokens.Count && tokens[after].IsWord && !tokens[after].IsCapitalized && CommonWords.IsPreposition(tokens[after].Text) ? close : null;
    }

    /// <summary>An article, or a name that is no day or month: how a noun phrase naming a noun again opens.</summary>
    private static bool OpensNounPhrase(Token token) =>
        token.IsWord && (token.Text.ToLowerInvariant() is "the" or "a" or "an" || (token.IsCapitalized && !Calendar.IsCalendarWord(token.Text) && !CommonWords.IsFunctionWord(token.Text)));

    /// <summary>
    /// The tokens [from, to) of a relative clause set off by a comma (", who met the envoy on Tuesday.", ", which ...")
    /// that the word at <paramref name="at"/> stands in and that runs to the sentence's end; null for any other (one
    /// closed by a comma is <see cref="Around"/>'s).
    /// </summary>
    public static (int From, int To)? Closing(List<Token> tokens, int at)
    {
        var from = at - 1;
        while (from > 0 && tokens[from].Text is not ("," or ";") && !IsRelative(tokens, from))
        {
            from--;
        }

        if (from < 2 || tokens[from].Text.ToLowerInvariant() is not ("which" or "who" or "whom") || tokens[from - 1].Text != ",")
        {
            return null;
        }

        var to = NextBreak(tokens, at);

        return to == tokens.Count ? (from, to) : null;
    }

    /// <summary>The first comma or semicolon at or after <paramref name="from"/>, or the sentence's end.</summary>
    private static int NextBreak(List<Token> tokens, int from)
    {
        var to = from;
        while (to < tokens.Count && tokens[to].Text is not ("," or ";"))
        {
            to++;
        }

        return to;
    }

    /// <summary>"which", "who", or "that" right after a noun ("a tanker that"), not after a verb of saying ("said that", "claims that").</summary>
    private static bool IsRelative(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (word is "which" or "who" or "whom")
        {
            return true;
        }

        var before = tokens[i - 1];
        return word == "that" && before.IsWord && !before.IsCapitalized && before.Text.ToLowerInvariant() is var noun
            && !CommonWords.IsFunctionWord(noun) && WordRelations.Default.IsNoun(noun) && !SpeechVerbs.IsSpeechVerb(noun);
    }

    /// <summary>Auxiliaries that may be the sentence's own verb after an aside (", was held").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "has", "have", "had", "will", "would" };

    /// <summary>
    /// "..., put together two days earlier, lost to Japan": the sentence's own verb right after the closing comma. Without
    /// it the stretch is no aside but the sentence's own verb after an apposition ("The ferry, a small boat, sank two
    /// days later, on Friday").
    /// </summary>
    private static bool VerbFollows(List<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || tokens[comma + 1].IsCapitalized)
        {
            return false;
        }

        var word = tokens[comma + 1].Text;
        return Auxiliaries.Contains(word) || (!CommonWords.IsFunctionWord(word) && (ClauseTense.IsPastForm(word) || WordRelations.Default.IsVerb(word)));
    }

    /// <summary>
    /// ", put together two days earlier,": a comma after a noun (a lower-case one, or a name that is no day or month),
    /// then a lower-case past participle that is no verb of saying (", said Kim" is the quote's speaker).
    /// </summary>
    private static bool OpensParticiple(List<Token> tokens, int comma)
    {
        if (tokens[comma].Text != "," || comma + 1 >= tokens.Count || !tokens[comma - 1].IsWord)
        {
            return false;
        }

        var noun = tokens[comma - 1].Text;
        var isNoun = tokens[comma - 1].IsCapitalized ? !Calendar.IsCalendarWord(noun) && !CommonWords.IsFunctionWord(noun) : WordRelations.Default.IsNounForm(noun) && !CommonWords.IsFunctionWord(noun);
        var verb = tokens[comma + 1];
        return isNoun && verb.IsWord && !verb.IsCapitalized && !SpeechVerbs.IsSpeechVerb(verb.Text)
            && (WordRelations.Default.IsPastForm(verb.Text) || PlainParticiples.Contains(verb.Text));
    }
}
