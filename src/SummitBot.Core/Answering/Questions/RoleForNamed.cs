using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who is the spokesman for Moon's office?", "the chief of staff of Kim's team": an office said before the person
/// named, tied by "for" or "of" to what the person owns, is held by someone else, whom the question asks for; it does
/// not ask who the named person is. An office right before the name ("who is President Moon?") is the named person's
/// own title. Only a name said as an owner: "the commander of US Forces Korea" may name a body read as a person.
/// </summary>
internal static class RoleForNamed
{
    public static bool Asked(List<string> words, IReadOnlyList<Language.Token> tokens, NamedPerson person)
    {
        if (NamedPerson.OwnedIn(person.Words, tokens) is null)
        {
            return false;
        }

        var at = words.IndexOf(person.Words.Split(' ')[0].ToLowerInvariant());
        for (var k = at - 1; k >= 1 && k >= at - 2; k--)
        {
            if (words[k] is "for" or "of" && RoleWords.IsHead(words[k - 1]) && (k + 1 == at || words[k + 1] == "the"))
            {
                return true;
            }
        }

        return false;
    }
}
