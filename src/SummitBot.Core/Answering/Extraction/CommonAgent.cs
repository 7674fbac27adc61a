using SummitBot.Language;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "was found on a beach by a resident walking his dog": the doer after "by" may be a person the article does not name,
/// told by a common noun whose meaning is a kind of person ("a resident", "two fishermen", "a passing driver"). That
/// phrase is who did it; the people named elsewhere in the sentence (the police who told of it) did not.
/// </summary>
internal static class CommonAgent
{
    /// <summary>How many hypernym steps from the head noun to "person" ("resident" → "inhabitant" → "person").</summary>
    private const int Steps = 4;

    /// <summary>How many words the phrase may have after its determiner ("a local fisherman").</summary>
    private const int Reach = 3;

    /// <summary>The phrase's first and last token when tokens from <paramref name="start"/> open a common noun for a person, or null.</summary>
    public static (int First, int Last)? At(List<Token> tokens, int start)
    {
        if (start >= tokens.Count || !IsDeterminer(tokens[start]))
        {
            return null;
        }

        var head = -1;
        for (var k = start + 1; k < tokens.Count && k <= start + Reach && IsNounPhraseWord(tokens[k]); k++)
        {
            head = k;
        }

        // "by a lawyer, Kim Sung-ryul,": the phrase names its person after all, and the name is the answer.
        var named = head + 2 < tokens.Count && tokens[head + 1].Text == "," && tokens[head + 2].IsCapitalized;
        return head > start && !named && WordRelations.Default.IsKindOf(tokens[head].Text.ToLowerInvariant(), "person", Steps) ? (start, head) : null;
    }

    private static bool IsDeterminer(Token token) =>
        token.Text.ToLowerInvariant() is "a" or "an" or "two" or "three" or "several" or "some"
        || token.Kind == TokenKind.Number;

    /// <summary>A lower-case word of the noun phrase: not a function word or preposition, nor a verb in "-ing" or "-ed" that starts what the person did.</summary>
    private static bool IsNounPhraseWord(Token token)
    {
        var text = token.Text;
        return token.IsWord && !token.IsCapitalized && !CommonWords.IsFunctionWord(text) && !CommonWords.IsPreposition(text)
            && !text.EndsWith("ing", StringComparison.Ordinal) && !text.EndsWith("ed", StringComparison.Ordinal);
    }
}
