using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "carrying its own fuel", "their own team", "the city's own airport": "own" after a possessive only stresses whose the
/// thing is, which the possessive already says. A passage tells the same thing without it ("the train has a tanker of
/// fuel"), so it frames the question rather than names a word the passage must have.
/// </summary>
internal static class EmphaticOwn
{
    /// <summary>The possessive determiners that "own" may stress.</summary>
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "its", "their", "his", "her", "our", "my", "your" };

    /// <summary>Whether the word at <paramref name="i"/> is "own" right after a possessive determiner or a noun in "'s".</summary>
    public static bool Frames(List<Token> tokens, int i)
    {
        if (i < 1 || !tokens[i].Is("own"))
        {
            return false;
        }

        var before = tokens[i - 1].Text.ToLowerInvariant();
        // A noun in "'s" whether the tokenizer keeps the ending on the noun or gives it a token of its own.
        return Possessives.Contains(before) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal);
    }
}
