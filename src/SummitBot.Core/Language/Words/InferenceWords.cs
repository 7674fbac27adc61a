namespace SummitBot.Language.Words;

/// <summary>
/// Words of inference. "The hull was rusted through, suggesting it had been at sea for years": a clause set before
/// ", suggesting ..." (", indicating", ", showing" ...) is the evidence for what follows, the reason someone would
/// think it. A question asks for that evidence with a verb of believing ("why did the crew think ...?").
/// </summary>
public static class InferenceWords
{
    /// <summary>Participles that, after a comma, tell what the clause before them is evidence of.</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "suggesting", "indicating", "showing", "implying", "signalling", "signaling",
    };

    /// <summary>Verbs of believing or concluding, in any form, that ask for the grounds of a belief.</summary>
    private static readonly HashSet<string> Believing = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "suspect", "suspects", "suspected",
        "conclude", "concludes", "concluded", "assume", "assumes", "assumed", "reckon", "reckons", "reckoned",
    };

    public static bool IsEvidenceParticiple(string word) => Participles.Contains(word);

    public static bool IsBelieving(string word) => Believing.Contains(word);
}
