namespace SummitBot.Answering.Questions;

/// <summary>
/// "When did the seized ship reach port?": a past participle between an article and its noun ("the seized ship", "a
/// postponed summit") describes what the question is about; it is not the deed whose time, place or length is asked.
/// </summary>
internal static class Describing
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "these", "those" };

    /// <summary>The question's words (lower case, in order) that are such participles, as written.</summary>
    public static IReadOnlySet<string> Participles(List<string> plain)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 1; i + 1 < plain.Count; i++)
        {
            var word = plain[i];
            if (Articles.Contains(plain[i - 1]) && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && relations.IsVerb(word)
                && !Language.Words.CommonWords.IsFunctionWord(plain[i + 1]) && relations.IsNounForm(plain[i + 1]))
            {
                found.Add(word);
            }
        }

        return found;
    }
}
