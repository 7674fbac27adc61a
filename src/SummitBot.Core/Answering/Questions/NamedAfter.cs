using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who is the new hall named after?", "which general was the base named for?": "named" frames a question asking a
/// thing's name, but followed by "after" or "for" it tells whom the thing honours, which is what the question is about:
/// a passage must say so ("named after Captain Solberg"), not only speak of the hall and some person.
/// </summary>
internal static class NamedAfter
{
    public static bool Honours(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Text.Equals("named", StringComparison.OrdinalIgnoreCase)
        && tokens[i + 1].Text.ToLowerInvariant() is "after" or "for";
}
