namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of judging what someone did: punishing it (jailing, fining, sentencing), charging or blaming them for it, or
/// praising and rewarding it. "for" and a verb in "-ing" after them ("fined the skipper for fishing without a licence",
/// "praised the crew for staying calm") name the deed judged, which is why the judgment came: a reason, not a purpose
/// as in "a tool for cutting" or "responsible for running".
/// </summary>
public static class JudgingVerbs
{
    /// <summary>The verbs' roots; their forms are read by <see cref="IsJudging"/>.</summary>
    private static readonly string[] Roots =
    [
        "sentence", "jail", "imprison", "arrest", "detain", "fine", "punish", "penalise", "penalize", "convict", "charge",
        "indict", "prosecute", "accuse", "blame", "criticise", "criticize", "condemn", "censure", "reprimand", "rebuke",
        "expel", "deport", "ban", "suspend", "sanction", "execute", "sue", "praise", "thank", "reward", "honour", "honor", "commend",
    ];

    /// <summary>Endings a root takes in its forms ("jailed", "fines"; "banned" doubles its last letter; "sentencing" drops its "e").</summary>
    private static readonly string[] Endings = ["", "s", "d", "ed", "es", "ing", "ned", "led", "ning", "ling"];

    /// <summary>Whether <paramref name="word"/> (any case) is a form of a verb of judging a deed.</summary>
    public static bool IsJudging(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var root in Roots)
        {
            if (lower.StartsWith(root.TrimEnd('e'), StringComparison.Ordinal)
                && (Endings.Any(e => lower == root + e) || (root.EndsWith('e') && lower == root[..^1] + "ing")))
            {
                return true;
            }
        }

        return false;
    }
}
