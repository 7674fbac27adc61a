using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering;

/// <summary>
/// Reads the polarity of a sentence against the question's words. A negation word only negates what follows it in its
/// own clause ("not", "no", "never", "without", "refused to", "rather than", "instead of"): "Kim left without signing" negates
/// signing, while "Trump, who did not take questions, said the talks went well" says nothing against the talks. A word
/// of absence ("were missing", "absent from") negates the membership of what stands on either side of it in its clause.
/// </summary>
internal static class ClaimPolarity
{
    /// <summary>How many words after the negation its scope reaches ("did not at once name" — short, so it stays in its phrase).</summary>
    private const int Reach = 5;

    /// <summary>Verbs of not doing that negate what follows them ("refused to sign"), besides the negation words.</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.OrdinalIgnoreCase) { "refused", "declined", "failed" };

    /// <summary>Words that end a clause, and with it a negation's scope.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", ".", "and", "but", "while", "although", "whereas", "though", "who", "which", "because",
    };

    public static Polarity Of(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        if (AsksPrecedent(question) && SaysFirstTime(tokens))
        {
            // "Had he ever skipped it before?" and "the first time he had skipped it": never before.
            return Polarity.Negated;
        }

        if (AsksFirstOfAll(question) && SaysFirstSince(tokens))
        {
            // "Is this the first defection ever?" and "the first defection since 2007": there was one before.
            return Polarity.Negated;
        }

        if (SaysUnDone(question, passage))
        {
            // "Was the bill paid?" and "it went unpaid".
            return Polarity.Negated;
        }

        var negationSeen = false;
        var absenceAsked = question.LowerWords.Any(Language.Words.AbsenceWords.IsAbsenceWord);
        for (var i = 0; i < tokens.Count; i++)
        {
            var absent = absenceAsked ? 0 : Language.Words.AbsenceWords.Width(tokens, i);
            if (absent > 0)
            {
                // "Americans were missing this year", "missing from the delegation was Kim": who was absent stands before
                // the word or after it, so either side of it in its clause answers the membership asked.
                negationSeen = true;
                if (ReachesAsked(question, tokens, stems, i + absent) || ReachesAsked(question, tokens, stems, i - 1, step: -1))
                {
                    return Polarity.Negated;
                }

                continue;
            }

            var width = NegationWidth(tokens, i);
            if (width == 0)
            {
                continue;
            }

            negationSeen = true;
            if (ReachesAsked(question, tokens, stems, i + width))
            {
                return Polarity.Negated;
            }
        }

        return negationSeen ? Polarity.Unsure : Polarity.Affirmed;
    }

    /// <summary>
    /// "it went unpaid", "the letter remained unsigned": a word in "un-" whose rest is a word the question asks (and not
    /// in "un-" itself) tells that it was not so.
    /// </summary>
    private static bool SaysUnDone(QuestionReading question, Passage passage)
    {
        foreach (var token in passage.Analysis.Tokens)
        {
            var text = token.Text;
            if (text.Length < 5 || !text.StartsWith("un", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = passage.Analyze(text[2..]);
            if (rest.Count == 1 && question.Terms.Any(t => t.Role == TermRole.Content && t.Stem == rest[0] && !t.Word.StartsWith("un", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Had he ever done it before?", "had they met previously?": the question asks whether it happened earlier than what the sources tell.</summary>
    private static bool AsksPrecedent(QuestionReading question) =>
        question.LowerWords.Contains("ever") && (question.LowerWords.Contains("before") || question.LowerWords.Contains("previously"))
        || (question.LowerWords.Contains("previously") && question.LowerWords.Contains("had"));

    /// <summary>
    /// "the first time he had skipped it", "for the first time", "became the first North Korean leader to attend": the deed
    /// told had not happened before.
    /// </summary>
    private static bool SaysFirstTime(List<Language.Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals("first", StringComparison.OrdinalIgnoreCase) && !tokens[i].Text.Equals("first-ever", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (tokens[i + 1].Text.Equals("time", StringComparison.OrdinalIgnoreCase) || FirstToDo(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Is this the first defection (ever)?": a first with no stretch of time of its own ("since 2007", "this year", "in
    /// 2018"), within which a first since a date may well be the first.
    /// </summary>
    private static bool AsksFirstOfAll(QuestionReading question) =>
        question.LowerWords.Any(w => w is "first" or "first-ever") && !question.LowerWords.Contains("since") && !question.LowerWords.Any(IsStretchNoun)
        && question.TimeSaid is null && !question.Terms.Any(t => t.Role == TermRole.Number);

    /// <summary>
    /// "the first defection across the line since 2007", "its first test in five years": a first only within a stretch
    /// of time says one came before it. "since" must open a time ("since 2007", "since the armistice", "since March"), not
    /// a reason ("since he was ill"), and stand in the first's own clause.
    /// </summary>
    private static bool SaysFirstSince(List<Language.Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals("first", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var k = i + 1; k < tokens.Count && k <= i + FirstReach && tokens[k].Text is not ("," or ";" or ":" or "."); k++)
            {
                if (k + 1 < tokens.Count && tokens[k].Text.Equals("since", StringComparison.OrdinalIgnoreCase) && OpensTime(tokens[k + 1]))
                {
                    return true;
                }

                if (k + 2 < tokens.Count && tokens[k].Text.Equals("in", StringComparison.OrdinalIgnoreCase)
                    && (tokens[k + 1].Kind == Language.TokenKind.Number || Language.Quantities.NumberWords.Value(tokens[k + 1].Text.ToLowerInvariant()) is not null || tokens[k + 1].Text.ToLowerInvariant() is "a" or "more" or "over" or "nearly" or "almost")
                    && tokens.Skip(k + 2).Take(3).Any(t => IsStretchNoun(t.Text.ToLowerInvariant())))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many tokens after "first" its "since" may stand ("the first defection across the Joint Security Area since").</summary>
    private const int FirstReach = 9;

    private static bool IsStretchNoun(string word) => word is "year" or "years" or "decade" or "decades" or "month" or "months";

    /// <summary>A word that opens a time after "since": a number or year, a month or name, or a determiner ("the armistice").</summary>
    private static bool OpensTime(Language.Token token) =>
        token.Kind == Language.TokenKind.Number || char.IsUpper(token.Text[0]) || token.Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "last" or "early" or "late" or "then";

    // "the first delegation to the talks" names a place to go, not a deed.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "its", "his", "her", "their", "our" };

    /// <summary>"the first North Korean leader to attend": "the first", a few words naming who, then "to" and the deed.</summary>
    private static bool FirstToDo(List<Language.Token> tokens, int first)
    {
        if (first == 0 || !tokens[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = first + 1; k < tokens.Count && k <= first + 6; k++)
        {
            if (!char.IsLetterOrDigit(tokens[k].Text[0]))
            {
                return false;
            }

            if (tokens[k].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return k > first + 1 && k + 1 < tokens.Count && char.IsLower(tokens[k + 1].Text[0]) && !Determiners.Contains(tokens[k + 1].Text);
            }
        }

        return false;
    }

    /// <summary>How many tokens the negation starting at <paramref name="i"/> spans (0: none): "not", "didn't", "rather than".</summary>
    private static int NegationWidth(List<Language.Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (Language.Words.NegationWords.IsNegator(word) || Refusals.Contains(word))
        {
            return 1;
        }

        // "rather than", "instead of": what follows is what was not so ("met his grandson instead of his son").
        return i + 1 < tokens.Count && (word.Equals("rather", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Text.Equals("than", StringComparison.OrdinalIgnoreCase)
            || word.Equals("instead", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) ? 2 : 0;
    }

    /// <summary>
    /// Whether a word of the question (or the claim) stands within the negation's reach from <paramref name="from"/>,
    /// before its clause ends: after it (<paramref name="step"/> 1), or before it (-1, "Americans were missing").
    /// </summary>
    private static bool ReachesAsked(QuestionReading question, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int from, int step = 1)
    {
        for (var (k, n) = (from, 0); k >= 0 && k < tokens.Count && n < Reach; k += step, n++)
        {
            if (ClauseEnds.Contains(tokens[k].Text))
            {
                return false;
            }

            if (IsAsked(question, stems[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsked(QuestionReading question, string[] stems)
    {
        if (stems.Length == 0)
        {
            return false;
        }

        if (question.Claim is { } claim && claim.IsIn(stems))
        {
            return true;
        }

        foreach (var term in question.Terms)
        {
            if (term.IsIn(stems))
            {
                return true;
            }
        }

        return false;
    }
}
