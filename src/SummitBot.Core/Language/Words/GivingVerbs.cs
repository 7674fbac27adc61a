namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of handing something to someone ("gave", "handed", "presented ... with"), in their forms: with them a
/// sentence names the one who receives before the thing given ("handed him a pen"), and the thing is what is asked.
/// </summary>
public static class GivingVerbs
{
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "give", "gives", "gave", "given", "giving", "hand", "hands", "handed", "handing", "present", "presents", "presented", "presenting",
        "send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing", "offer", "offers", "offered", "offering",
        "show", "shows", "showed", "shown", "showing", "pass", "passes", "passed", "passing", "deliver", "delivers", "delivered", "delivering",
    };

    /// <summary>Whether <paramref name="word"/>, in lower case as a verb is written, is a verb of giving.</summary>
    public static bool IsGiving(string word) => word.Length > 0 && char.IsLower(word[0]) && All.Contains(word);
}
