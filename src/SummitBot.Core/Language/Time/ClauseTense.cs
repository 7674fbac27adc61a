using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Language.Time;

/// <summary>
/// Whether the clause around a word speaks of the past ("met", "was held") or the future ("will meet", "is due
/// to", "scheduled for"), so that a date without its year or week ("in March", "on Friday") is put on the right
/// side of the published date. The nearest tense word of the clause decides; a phrase of a few words set off by
/// commas ("On Monday, they will meet") takes the nearest of the sentence. A participle after "be" or "will" ("will
/// be held") leaves the tense to its auxiliary, and one before "by" ("families separated by the war") is no verb of
/// the clause. An infinitive ("agreed to meet in March") tells of a time of its own, after the past of its verb: no
/// tense, unless a word of plans comes before it ("is due to meet", "set to meet"). "Would" and a plan told in the
/// past ("was due to land", "was scheduled to") are a future seen from the past (<see cref="Tense.FutureInPast"/>).
/// </summary>
internal static class ClauseTense
{
    /// <summary>Words that put what a clause says after the time of writing.</summary>
    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "'ll", "\u2019ll", "won't", "won\u2019t", "due", "scheduled", "plans", "plan", "planned", "planning",
        "upcoming", "expected", "expects", "intends", "intend", "aims", "hopes", "hope",
    };

    /// <summary>Words before a word of plans that tell the plan as it was ("was due to", "had been expected to").</summary>
    private static readonly HashSet<string> PastOfPlans = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been" };

    /// <summary>A clause of at most this many words is a phrase set off by commas ("On Monday,"), with no verb of its own.</summary>
    private const int Phrase = 4;

    /// <summary>Past forms of the commonest verbs that are not made with "-ed", and "ago" ("won" is left out: it is also a currency).</summary>
    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "met", "held", "came", "went", "left", "took", "began", "said", "told", "made", "gave", "sent",
        "flew", "spoke", "saw", "lost", "led", "fell", "rose", "wrote", "brought", "sought", "struck", "broke", "ran", "sat",
        "stood", "kept", "found", "built", "spent", "paid", "sold", "bought", "heard", "became", "drove", "got", "shot", "fled", "knew",
        "ago",
    };

    /// <summary>Words that make a past form after them a participle whose tense they give ("will be held", "is expected").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am", "'s", "will", "would", "shall", "to", "get",
    };

    /// <summary>Words before an infinitive that make it a plan ("is set to meet", "likely to meet").</summary>
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase) { "set", "poised", "likely", "about", "ready", "going" };

    /// <summary>Punctuation and words that end a clause.</summary>
    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "(", ")", "\u2014", "\u2013", "that", "which", "who", "but", "while", "whereas", "although",
    };

    public static Tense Of(List<Token> tokens, int at)
    {
        var from = at;
        while (from > 0 && !Boundaries.Contains(tokens[from - 1].Text))
        {
            from--;
        }

        var to = at;
        while (to < tokens.Count && !Boundaries.Contains(tokens[to].Text))
        {
            to++;
        }

        var inClause = OwnPredicate(tokens, at, from, to) ?? Nearest(tokens, at, from, to, described: false) ?? Nearest(tokens, at, from, to, described: true) ?? Scheduled(tokens, at, from);
        return inClause ?? (WordsIn(tokens, from, to) <= Phrase ? Nearest(tokens, at, 0, tokens.Count, described: false) : null) ?? OfListedPhrase(tokens, from) ?? Tense.Unknown;
    }

    /// <summary>
    /// "the crew docked at the port on Friday and will sail again on Monday": "and" before a word of tense opens a
    /// second verb phrase of the same subject, with its own time; a date before it is the first verb's, so the tense
    /// word of the first phrase decides (null when that phrase has none, and the whole clause decides as before).
    /// </summary>
    private static Tense? OwnPredicate(List<Token> tokens, int at, int from, int to)
    {
        for (var i = at + 1; i + 1 < to; i++)
        {
            if (tokens[i].Is("and") && Marks(tokens, i + 1, described: false) is { } next && next != Tense.Unknown)
            {
                return Nearest(tokens, at, from, i, described: false);
            }
        }

        return null;
    }

    /// <summary>
    /// "It performs in Lyon on Monday, in the town of Dijon on Wednesday and ...": a part after a comma that opens with
    /// a preposition and gives no tense of its own is one more item of what the clause before says, so it takes that
    /// clause's tense; null when that is not known either.
    /// </summary>
    private static Tense? OfListedPhrase(List<Token> tokens, int from)
    {
        if (from < 2 || tokens[from - 1].Text != "," || !tokens[from].IsWord || !CommonWords.IsPreposition(tokens[from].Text))
        {
            return null;
        }

        return Of(tokens, from - 2) is var before && before != Tense.Unknown ? before : null;
    }

    /// <summary>
    /// How many words and numbers [from, to) holds: the sentence's full stop and a possessive ending ("in Sunday's
    /// final.") make no phrase longer.
    /// </summary>
    private static int WordsIn(List<Token> tokens, int from, int to) =>
        tokens.Skip(from).Take(to - from).Count(t => t.Kind is TokenKind.Word or TokenKind.Number);

    /// <summary>
    /// The tense of the tense word nearest <paramref name="at"/> in [from, to), one before it winning a tie; null if
    /// none. An infinitive after the date ("will travel on Friday to brief") tells the purpose of the verb before it,
    /// whose time the date is. A plan word describing a noun ("a planned lunch") counts only when
    /// <paramref name="described"/>: the clause's own verb ("had cancelled a planned lunch on Thursday") says first.
    /// </summary>
    private static Tense? Nearest(List<Token> tokens, int at, int from, int to, bool described)
    {
        for (var distance = 1; at - distance >= from || at + distance < to; distance++)
        {
            if (at - distance >= from && Marks(tokens, at - distance, described) is { } before)
            {
                return before;
            }

            if (at + distance < to && !IsInfinitive(tokens, at + distance) && Marks(tokens, at + distance, described) is { } after)
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>How many words before a date a verb in the present may stand and still be the date's ("ends on Thursday", "arrives in Seoul on Monday").</summary>
    private const int ScheduledReach = 4;

    /// <summary>
    /// A clause with no tense word whose verb just before the date is in the present ("the drill ... ends on
    /// Thursday", "she arrives in Seoul on Monday"): news tells a timetable that way, so the date is still to come.
    /// Future, or null when no such verb is near.
    /// </summary>
    private static Tense? Scheduled(List<Token> tokens, int at, int from)
    {
        for (var i = at - 1; i >= from && i >= at - ScheduledReach; i--)
        {
            if (IsPresentVerb(tokens, i))
            {
                return Tense.Future;
            }

            // "plays Lyon on Monday and Nice on Wednesday": a dated item joined by "and" to one dated before it is told
            // by the same verb as that one, however far back the verb stands.
            if (tokens[i].Is("and") && i - 1 >= from && Calendar.Weekday(tokens[i - 1].Text) is not null)
            {
                return Scheduled(tokens, i - 1, from);
            }
        }

        return VerbAfterNamedSubject(tokens, at, from) ? Tense.Future : null;
    }

    /// <summary>
    /// "North Korea marks the anniversary of the founding of its army on Tuesday": a clause that opens with a name and
    /// whose first lower-case word is a verb's third person present tells its subject's doing in the present however
    /// far the date stands; a word that is also a noun ("marks") is the verb there, right after its subject's name.
    /// </summary>
    private static bool VerbAfterNamedSubject(List<Token> tokens, int at, int from)
    {
        // "It plays again in Oslo on Friday": "he", "she" or "it" opening the clause is a subject as a name is.
        var pronoun = SingularSubjects.Contains(tokens[from].Text);
        var first = pronoun ? from + 1 : from;
        while (!pronoun && first < at && tokens[first].IsWord && tokens[first].IsCapitalized)
        {
            first++;
        }

        // "The sanctions ...": a capital that only opens the sentence names no subject.
        if (first >= at || (!pronoun && !Enumerable.Range(from, first - from).Any(i => !CommonWords.IsFunctionWord(tokens[i].Text))))
        {
            return false;
        }

        var word = tokens[first].Text;
        return tokens[first].IsWord && word.Length >= 4 && char.IsLower(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && (WordRelations.Default.IsVerb(word[..^1]) || (word.EndsWith("es", StringComparison.Ordinal) && WordRelations.Default.IsVerb(word[..^2])));
    }

    /// <summary>Pronouns that stand for one subject of a verb in the third person ("it performs", "she arrives").</summary>
    private static readonly HashSet<string> SingularSubjects = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it" };

    /// <summary>Words after which a present form is a verb with its subject told before ("... and ends on Thursday", "she arrives").</summary>
    private static readonly HashSet<string> SubjectEnds = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "it", "he", "she", "which", "that", "who", "also", "then", "now" };

    /// <summary>
    /// "ends", "arrives": a lower-case verb's third person present after "and" or a pronoun ("... and ends"); after
    /// another word only a verb that is no noun ("the minister arrives", not "American troops" or "2 million barrels").
    /// </summary>
    private static bool IsPresentVerb(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (!tokens[i].IsWord || word.Length < 4 || !char.IsLower(word[0]) || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || i == 0)
        {
            return false;
        }

        var stem = WordRelations.Default.IsVerb(word[..^1]) ? word[..^1] : word.EndsWith("es", StringComparison.Ordinal) && WordRelations.Default.IsVerb(word[..^2]) ? word[..^2] : null;
        var before = tokens[i - 1];
        return stem is not null && (SubjectEnds.Contains(before.Text)
            || (before.IsWord && !char.IsDigit(before.Text[0]) && !CommonWords.IsFunctionWord(before.Text) && (!WordRelations.Default.IsNoun(stem) || HasObject(tokens, i))));
    }

    /// <summary>Words that open a noun phrase: after a form that may be a noun or a verb, they make it the verb of its object.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "its", "their" };

    /// <summary>
    /// "the team plays Spain on Monday", "the choir visits the abbey": a form that is also a plural noun ("plays",
    /// "visits") is the verb when its object follows at once, a name or a noun phrase's determiner; "American troops
    /// on Monday" has none. A capitalized day or month after it is a date, no object ("the talks Monday").
    /// </summary>
    private static bool HasObject(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord)
        {
            return false;
        }

        var next = tokens[i + 1].Text;
        return Determiners.Contains(next) || (tokens[i + 1].IsCapitalized && !Calendar.IsCalendarWord(next) && !CommonWords.IsFunctionWord(next));
    }

    /// <summary>The tense the word at <paramref name="i"/> gives its clause; null if it gives none.</summary>
    private static Tense? Marks(List<Token> tokens, int i, bool described)
    {
        if (!described && DescribesNoun(tokens, i))
        {
            return null;
        }

        var word = tokens[i].Text;
        if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Possessive)
        {
            return null;
        }

        if (word.Equals("would", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.FutureInPast;
        }

        if (FutureWords.Contains(word) || (word.Equals("set", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Text is "for" or "to"))
        {
            return Plan(tokens, i);
        }

        if (IsInfinitive(tokens, i))
        {
            return i > 0 && (FutureWords.Contains(tokens[i - 1].Text) || PlanWords.Contains(tokens[i - 1].Text)) ? Plan(tokens, i - 1)
                : ExpectingBefore(tokens, i) is { } expecting ? Plan(tokens, expecting) : Tense.Unknown;
        }

        // "The unified team plays ...", "a chartered plane": a past form right after an article describes the noun after
        // it; it is no verb of the clause and gives it no tense.
        if (!IsPastForm(word) || (i > 0 && i + 1 < tokens.Count && tokens[i - 1].Text.ToLowerInvariant() is "a" or "an" or "the" && tokens[i + 1].IsWord))
        {
            return null;
        }

        // "will be held", "is expected": a participle; its auxiliary says the tense. "separated by the war": no verb of the clause.
        var participle = (i > 0 && Auxiliaries.Contains(tokens[i - 1].Text)) || (i > 1 && Auxiliaries.Contains(tokens[i - 2].Text) && tokens[i - 1].Is("not"))
            || (i + 1 < tokens.Count && tokens[i + 1].Is("by"));
        return participle ? null : Tense.Past;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a verb in the past of its own clause ("as he hosted"), not a
    /// participle whose auxiliary gives the tense ("will be hosted") nor one before "by" ("talks hosted by Sweden").
    /// </summary>
    public static bool IsPastVerb(List<Token> tokens, int i) => Marks(tokens, i, described: false) == Tense.Past;

    /// <summary>Forms of "expect", the one verb of plans that takes the one expected to act between it and the infinitive.</summary>
    private static readonly HashSet<string> Expecting = new(StringComparer.OrdinalIgnoreCase) { "expect", "expects", "expected", "expecting" };

    /// <summary>How many words the one expected to act may take ("expected the port authority to ...").</summary>
    private const int ExpectedReach = 4;

    /// <summary>
    /// "said it expected the council to reopen the road on Monday": the infinitive is what is expected, still to come,
    /// though its subject stands between it and "expected". The index of the form of "expect", or null when the words
    /// before "to" are not a short noun phrase after one.
    /// </summary>
    private static int? ExpectingBefore(List<Token> tokens, int to)
    {
        for (var j = to - 1; j > 0 && j >= to - ExpectedReach; j--)
        {
            if (!tokens[j].IsWord && tokens[j].Kind != TokenKind.Possessive)
            {
                return null;
            }

            if (Expecting.Contains(tokens[j - 1].Text))
            {
                return j - 1;
            }

            if (IsPastForm(tokens[j].Text) || Boundaries.Contains(tokens[j].Text) || (CommonWords.IsFunctionWord(tokens[j].Text) && !Determiners.Contains(tokens[j].Text)
                && tokens[j].Text.ToLowerInvariant() is not ("him" or "her" or "them" or "it" or "us")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"a planned lunch", "the scheduled talks": a plan word after an article describes the noun after it.</summary>
    private static bool DescribesNoun(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "a" or "an" or "the" && FutureWords.Contains(tokens[i].Text);

    /// <summary>A word of plans at <paramref name="i"/>: the future, or a future seen from the past after "was" ("was due to").</summary>
    private static Tense Plan(List<Token> tokens, int i) =>
        i > 0 && PastOfPlans.Contains(tokens[i - 1].Text) ? Tense.FutureInPast : Tense.Future;

    /// <summary>"to meet", "to be held": "to" before a verb's base form.</summary>
    internal static bool IsInfinitive(List<Token> tokens, int i)
    {
        if (!tokens[i].Is("to") || i + 1 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized)
        {
            return false;
        }

        var next = tokens[i + 1].Text;
        return next is "be" or "have" || (!next.EndsWith('s') && !next.EndsWith("ed", StringComparison.Ordinal) && !next.EndsWith("ing", StringComparison.Ordinal)
            && WordRelations.Default.IsVerb(next) && !Words.CommonWords.IsFunctionWord(next));
    }

    /// <summary>"met", "tested": a past form of a verb, in lower case when made with "-ed".</summary>
    internal static bool IsPastForm(string word)
    {
        if (PastWords.Contains(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        return lower.Length > 4 && char.IsLower(word[0]) && lower.EndsWith("ed", StringComparison.Ordinal) && WordRelations.Default.IsVerb(lower);
    }
}
