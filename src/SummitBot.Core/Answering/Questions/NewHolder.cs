using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who is the country's new premier?": "new" right before the words of an office asks who holds it now, as "current"
/// does; a passage that names the holder ("was named premier") need not call the holder new.
/// </summary>
internal static class NewHolder
{
    /// <summary>Whether "new" in <paramref name="words"/> qualifies the office asked (the next word is a word of offices).</summary>
    public static bool Asked(List<string> words)
    {
        var at = words.IndexOf("new");
        return at >= 0 && at + 1 < words.Count && RoleWords.IsRoleWord(words[at + 1]);
    }
}
