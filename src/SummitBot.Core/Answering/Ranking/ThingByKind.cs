using SummitBot.Answering.Retrieval;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did the typhoon make landfall?" of an article that names Typhoon Lingling and goes on with "the storm made
/// landfall on the Ongjin peninsula": a named thing that is no person ("Typhoon Lingling", "Hurricane Irma") is
/// referred to by a broader kind of itself ("the storm"), as a person is by a pronoun. The sentence says "the" and a
/// word the asked kind is a kind of (WordNet's hypernyms, a few steps up), and its article names the thing. People's
/// roles are left out: "the official" is not every envoy of the article.
/// </summary>
internal static class ThingByKind
{
    /// <summary>How many steps up WordNet's hypernyms the broader word may be ("typhoon" → cyclone → windstorm → storm).</summary>
    private const int Steps = 3;

    public static bool Refers(string kindWords, IEnumerable<string> nameWords, Passage passage)
    {
        var kind = kindWords.ToLowerInvariant();
        var relations = WordRelations.Default;
        if (kind.Contains(' ', StringComparison.Ordinal) || RoleWords.IsRoleWord(kind) || !relations.IsNoun(kind) || !nameWords.Where(s => s.Length > 2).Any(passage.Article.Contains))
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && tokens[i].IsWord && !tokens[i].IsCapitalized && word != kind
                && relations.IsKindOf(kind, word, Steps))
            {
                return true;
            }
        }

        return false;
    }
}
