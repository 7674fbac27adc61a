namespace SummitBot.Language.Relations;

/// <summary>
/// The verbs at the top of WordNet's tree of verbs that a great many verbs are kinds of ("move", "act", "change"):
/// "respond", "seize" and "fly" all go up to one of them. As the more general word of a question's verb they match
/// almost any sentence ("to move $5 million" for "respond"), so they say nothing of the deed asked. Found from the
/// lexicon itself: a verb with no hypernym of its own that at least <see cref="MinKinds"/> verbs name as theirs.
/// </summary>
public static class BroadVerbs
{
    /// <summary>How many verbs must name a top verb as their hypernym for it to be too broad to stand for any of them.</summary>
    private const int MinKinds = 100;

    private static readonly Lazy<HashSet<string>> Shared = new(Find);

    /// <summary>Whether <paramref name="verb"/> (a base form, lower case) is one of the broad top verbs.</summary>
    public static bool Contains(string verb) => Shared.Value.Contains(verb);

    private static HashSet<string> Find()
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var withHypernym = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (verb, hypernyms) in WordRelations.Default.VerbsWithHypernyms())
        {
            if (hypernyms.Count > 0)
            {
                withHypernym.Add(verb);
            }

            foreach (var hypernym in hypernyms)
            {
                kinds[hypernym] = kinds.GetValueOrDefault(hypernym) + 1;
            }
        }

        return new HashSet<string>(kinds.Where(p => p.Value >= MinKinds && !withHypernym.Contains(p.Key)).Select(p => p.Key), StringComparer.Ordinal);
    }
}
