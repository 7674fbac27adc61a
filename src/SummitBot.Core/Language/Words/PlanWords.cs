namespace SummitBot.Language.Words;

/// <summary>
/// Words that make the verb after them, or the infinitive after them, a deed not done yet ("plans to fire", "threatened
/// to fire", "will meet"). General English.
/// </summary>
public static class PlanWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "planned", "planning", "plot", "plotting", "threatened", "threatens", "threatening", "vowed", "vows",
        "intends", "intended", "aims", "aimed", "hopes", "hoped", "wants", "wanted", "preparing", "prepared", "ready", "set",
        "due", "expected", "likely", "would", "will", "could", "might", "may", "considering", "proposed", "pledge", "pledged", "pledges", "promise", "promised", "promises",
    };

    public static bool IsPlanWord(string word) => Words.Contains(word);
}
