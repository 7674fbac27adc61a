using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What did the crew hit the guards with?", "what was he charged with?", "what did they argue about?": a "what"
/// question that ends on a preposition asks for that preposition's object, said after the question's own words in the
/// sentence ("hit the guards with clubs"), not the verb's object or the clause after it.
/// </summary>
internal static class EndingPreposition
{
    /// <summary>Prepositions whose object a question may leave for the answer; "in" and "up" end phrasal verbs too often.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "for", "about", "from", "of", "on", "against", "into", "at", "to",
    };

    /// <summary>Whether a question's last word is a preposition whose object it may leave for the answer.</summary>
    public static bool Ends(string word) => Prepositions.Contains(word);

    /// <summary>
    /// The preposition the question ends on, or null: only a "what"/"which" question of at least four words whose
    /// word before the preposition is one of its terms ("what is it for?" leans on a referent and is not read so).
    /// </summary>
    public static string? Of(IReadOnlyList<string> plain, AnswerType type, IReadOnlyList<QuestionTerm> terms)
    {
        if (type != AnswerType.What || plain.Count < 4 || plain[0] is not ("what" or "which") || !Prepositions.Contains(plain[^1]))
        {
            return null;
        }

        var before = plain[^2];
        return terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.Word.Split(' ').Last().Equals(before, StringComparison.OrdinalIgnoreCase)) ? plain[^1] : null;
    }

    private static readonly IReadOnlySet<string> NoSpeaker = new HashSet<string>();

    /// <summary>
    /// The words before the question's verb of saying ("what did the coast guard say the crew hit the guards with?" →
    /// what, did, the, coast, guard): who says the clause, not its words; empty when no verb of saying is asked.
    /// </summary>
    public static IReadOnlySet<string> Speaker(IReadOnlyList<string> plain)
    {
        var said = plain.ToList().FindIndex(SpeechVerbs.IsSpeechVerb);
        return said < 0 ? NoSpeaker : new HashSet<string>(plain.Take(said), StringComparer.Ordinal);
    }
}
