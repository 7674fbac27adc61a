namespace SummitBot.Language.Time;

/// <summary>
/// "agreed to hold reunions on August 15", "plans to visit Seoul", "promised to resume talks in three weeks": an
/// infinitive after a verb of agreeing, planning, promising, deciding or expecting tells an event that comes after its
/// verb, whatever that verb's tense. One joined to such an infinitive by "and" ("agreed to stop ..., and to hold ...")
/// is planned the same way.
/// </summary>
internal static class PlannedInfinitive
{
    /// <summary>Forms of verbs whose infinitive is a time to come from the time of the verb.</summary>
    private static readonly HashSet<string> PlanVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agree", "agrees", "agreed", "agreeing", "plan", "plans", "planned", "planning", "promise", "promises", "promised",
        "decide", "decides", "decided", "expect", "expects", "expected", "pledge", "pledges", "pledged", "vow", "vows", "vowed",
        "intend", "intends", "intended", "arrange", "arranged", "schedule", "scheduled", "undertook", "undertake", "resolved",
    };

    /// <summary>"agreed", "pledged", "plans": a form of a verb whose infinitive is a time to come from the time of the verb.</summary>
    public static bool IsPlanVerb(string word) => PlanVerbs.Contains(word);

    /// <summary>Whether a planned infinitive starts in [from, at) of the sentence's tokens: what follows it is planned.</summary>
    public static bool Before(List<Token> tokens, int from, int at)
    {
        for (var i = Math.Min(at, tokens.Count) - 1; i >= Math.Max(from, 0); i--)
        {
            if (ClauseTense.IsInfinitive(tokens, i) && Planned(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "to" at <paramref name="i"/> follows a verb of plans, or "and"/"or" after an infinitive that does.</summary>
    private static bool Planned(List<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var before = tokens[i - 1].Text;
        if (PlanVerbs.Contains(before))
        {
            return true;
        }

        if (before is not ("and" or "or"))
        {
            return false;
        }

        for (var j = i - 2; j > 0; j--)
        {
            if (ClauseTense.IsInfinitive(tokens, j))
            {
                return PlanVerbs.Contains(tokens[j - 1].Text);
            }
        }

        return false;
    }
}
