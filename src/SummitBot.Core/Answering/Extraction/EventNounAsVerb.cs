using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What was the march for?" and "the mayor marched the visitors through the old town": an event asked of by its noun
/// is not told by a word WordNet only relates to it that the sentence uses as a verb in its past ("walked" for a
/// parade): that verb is mostly of another sense (a person's going on foot, not the event), and the clause after it
/// says what that one did, not what the event was or was for. The noun itself, or a related noun, still matches.
/// </summary>
internal static class EventNounAsVerb
{
    /// <summary>Whether the word at hand matches the question's words only as a past verb related to an asked event noun.</summary>
    public static bool OnlyMatch(IReadOnlyList<QuestionTerm> asked, Language.Token word, string[] stems)
    {
        var own = asked.Any(t => Array.IndexOf(stems, t.Stem) >= 0 || t.Forms.Any(f => Array.IndexOf(stems, f) >= 0));
        if (own || !Language.Relations.WordRelations.Default.IsPastForm(word.Text.ToLowerInvariant()))
        {
            return false;
        }

        var by = asked.Where(t => stems.Any(t.Related.Contains)).ToList();
        return by.Count > 0 && by.All(t => t.Role == TermRole.Event);
    }
}
