using SummitBot.Language;
using SummitBot.Search;

namespace SummitBot.Answering.Questions;

/// <summary>
/// A person a question names, by name or by role ("Biegun", "the US envoy"): the people it may mean (several when a
/// name is shared: "Kim"), and where it stands in the question's words.
/// </summary>
internal sealed record NamedPerson(string Words, IReadOnlyList<CatalogPerson> Candidates, bool ByRole)
{
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>
    /// The person only qualifies what is asked about ("Trump's announcement", "the Putin summit", "before Kim's visit"):
    /// a sentence may speak of that thing without naming them again, so the article naming them is enough.
    /// </summary>
    public bool Qualifies { get; init; }

    /// <summary>The word after the person's name and "'s" in the question ("folder" of "Lund's folder"), or null: read once per question.</summary>
    public string? Owns { get; init; }

    /// <summary>The word after "<paramref name="words"/>'s" in the question's tokens, or null.</summary>
    public static string? OwnedIn(string words, IReadOnlyList<Token> tokens)
    {
        var count = words.Split(' ').Length;
        for (var i = 0; i + count + 1 < tokens.Count; i++)
        {
            if (string.Join(' ', tokens.Skip(i).Take(count).Select(t => t.Text)).Equals(words, StringComparison.OrdinalIgnoreCase)
                && tokens[i + count].Kind == TokenKind.Possessive && tokens[i + count + 1].IsWord)
            {
                return tokens[i + count + 1].Text;
            }
        }

        return null;
    }
}
