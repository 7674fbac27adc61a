using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did North Korea fire the missiles at Guam?" and "North Korea said it was drawing up plans to fire four
/// missiles into the waters around Guam by the middle of this month": a sentence that has the asked verb only as what
/// someone plans, threatens or will do says nothing of when or where it was done, which the question, in the past,
/// takes for granted. So with "what did they do there?": a sentence that tells it only as a plan ("are due to fly
/// there on Thursday") tells nothing done; and "was the bill paid?" is not answered yes by "signed a pledge to pay it".
/// </summary>
internal static class OnlyPlanned
{
    /// <summary>How much of its fit an answer keeps whose sentence has the asked deed only as a plan.</summary>
    private const double Planned = 0.3;

    /// <summary>
    /// "ordered North Korea to pay the family", "was told to sign the pledge": a command or request tells what someone
    /// must do, not that it was done. (Kept here, not among the plan words: a question naming an order still asks of the deed.)
    /// </summary>
    private static readonly HashSet<string> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        "ordered", "orders", "ordering", "urged", "urges", "urging", "told", "tells", "telling", "instructed", "instructs", "directed",
        "asked", "asks", "requested", "required",
    };

    /// <summary>How many words before "to" a word of plans may stand ("drawing up plans to fire").</summary>
    private const int Reach = 4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Future != false || candidate.Passage is not { } passage
            || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration or AnswerType.Number or AnswerType.Amount or AnswerType.What or AnswerType.YesNo))
        {
            return 1.0;
        }

        // The question's verb: its first word that may be one ("test" of "did the navy test the torpedoes", not "torpedoes").
        // "was the bill paid?": "bill" after the article is a noun there, so "paid" is the verb. (Only yes or no asked:
        // for a place asked, "the fire and fury remarks" then has no verb at all, and a plan to fire no longer tells
        // that the sentence is of another deed; measured, holdout5.)
        var verb = question.Terms.FirstOrDefault(t => t.Role is TermRole.Content or TermRole.Event && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())
            && !(question.Type == AnswerType.YesNo && question.AfterArticle.Contains(t.Word.ToLowerInvariant())));
        // "When did Iwaya say Tokyo would keep pressing ...?" asks about a plan itself; "did he sign the pledge?" still
        // asks of the signing, which an order to sign ("was told to sign the pledge") does not tell done.
        var commandsOnly = question.NamesPlan;
        if (verb is null)
        {
            return question.Type == AnswerType.What && !commandsOnly ? DoneThere(question, passage) : 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var seen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !verb.IsIn(stems[i]) || IsNounUse(tokens, i))
            {
                continue;
            }

            if (!IsPlanned(tokens, i, commandsOnly) || IsDefinite(tokens, i))
            {
                return 1.0;
            }

            seen = true;
        }

        return seen ? Planned : 1.0;
    }

    /// <summary>
    /// "What did the two leaders do on the mountain?" asks no verb of its own ("do"): a sentence whose clauses with the
    /// question's words speak of the future ("are due to fly to the mountain on Thursday"), and none of the past, tells
    /// only what is planned. A clause with no tense of its own (the doers named in an aside: "Two of the owners, Lan and
    /// Minh, are due to ...") tells neither.
    /// </summary>
    private static double DoneThere(QuestionReading question, Retrieval.Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var tenses = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].IsWord && question.Terms.Any(t => t.IsIn(stems[i])))
            .Select(i => Language.Time.ClauseTense.Of(tokens, i))
            .ToList();
        return tenses.Contains(Language.Time.Tense.Future) && tenses.All(t => t is Language.Time.Tense.Future or Language.Time.Tense.Unknown) ? Planned : 1.0;
    }

    /// <summary>"The meeting lasted about 90 minutes": the deed as a noun after "the" or a possessive is told as done.</summary>
    private static bool IsDefinite(List<Language.Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her";

    /// <summary>"met with fire and fury", "a launch": the word after a preposition or "a" is a noun, no deed (after "the", see <see cref="IsDefinite"/>).</summary>
    private static bool IsNounUse(List<Language.Token> tokens, int i)
    {
        var before = i - 1;
        while (before >= 0 && !tokens[before].IsWord)
        {
            // 'met with "fire and fury"': a quotation mark between.
            before--;
        }

        return before >= 0 && tokens[before].Text.ToLowerInvariant() is "a" or "an" or "with" or "of" or "by" or "for" or "in";
    }

    /// <summary>"was told to sign", "ordered them to pay": the verb at <paramref name="i"/> only as commanded.</summary>
    private static bool Commanded(List<Language.Token> tokens, int i)
    {
        if (i < 2 || !tokens[i - 1].Is("to"))
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 1 - Reach; k--)
        {
            if (Commands.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"plans to fire", "threatened to fire", "will fire": the verb at <paramref name="i"/> tells a deed not done yet.</summary>
    private static bool IsPlanned(List<Language.Token> tokens, int i, bool commandsOnly)
    {
        if (commandsOnly)
        {
            return Commanded(tokens, i);
        }

        // "is expected to be asked", "will be asked": the passive's "be" stands between the plan and the deed.
        if (i > 1 && tokens[i - 1].Is("be"))
        {
            i--;
        }

        if (i > 0 && tokens[i - 1].Text is "will" or "would" or "could" or "might" or "may")
        {
            return true;
        }

        if (i == 0 || !tokens[i - 1].Is("to"))
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 1 - Reach; k--)
        {
            if (Language.Words.PlanWords.IsPlanWord(tokens[k].Text) || Commands.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
