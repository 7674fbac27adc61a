using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What is the Friendship Tower?", "what was Operation Sea Breeze?": "what" and a form of "be" followed only by a
/// name asks what the named thing is, as "who is X?" asks a person's role. The answer is what the text sets beside
/// the name ("the Friendship Tower, a monument to ..."), not a place or a thing of the kind a word of the name
/// happens to name ("tower").
/// </summary>
internal static class ThingDefined
{
    public static bool IsAsked(List<Token> tokens, IReadOnlyList<NamedPerson> people)
    {
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).ToList();
        if (people.Count > 0 || words.Count < 3 || !words[0].Is("what") || words[1].Text.ToLowerInvariant() is not ("is" or "was" or "are" or "were"))
        {
            return false;
        }

        // The name, past an article: every word of it capitalised (numbers may stand in it: "Hwasong-15").
        var name = words.Skip(words[2].Text.ToLowerInvariant() is "the" or "a" or "an" ? 3 : 2).ToList();
        return name.Count > 0 && name[0].IsCapitalized && name.All(t => t.IsCapitalized || t.Kind == TokenKind.Number);
    }
}
