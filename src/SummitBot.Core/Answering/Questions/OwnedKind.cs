using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "the women's race": a lower-case owner, its possessive ending and the noun it owns. Read once from the question
/// (<see cref="QuestionReading.OwnedKinds"/>) and from the answer's clause, to tell the race asked from the men's.
/// </summary>
internal readonly record struct OwnedKind(string Owner, string Head)
{
    /// <summary>Every lower-case owner with the noun after its possessive ending in <paramref name="tokens"/>.</summary>
    public static List<OwnedKind> In(List<Token> tokens)
    {
        var pairs = new List<OwnedKind>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i + 1].Kind == TokenKind.Possessive && tokens[i + 2].IsWord)
            {
                pairs.Add(new(tokens[i].Text.ToLowerInvariant(), tokens[i + 2].Text.ToLowerInvariant()));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The owned kinds a question asks of: owners that are common nouns as typed ("women's"), not "Xi's" nor a name the
    /// question names in lower case.
    /// </summary>
    public static List<OwnedKind> Asked(List<Token> tokens, IReadOnlyList<QuestionTerm> terms) =>
        [.. In(tokens).Where(a => !terms.Any(t => t.Role == TermRole.Name && t.Word.Equals(a.Owner, StringComparison.OrdinalIgnoreCase))
            && Language.Relations.WordRelations.Default.IsNounForm(a.Owner))];
}
