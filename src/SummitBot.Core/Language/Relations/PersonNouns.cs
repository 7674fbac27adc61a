using System.Collections.Concurrent;

namespace SummitBot.Language.Relations;

/// <summary>
/// Nouns that name a kind of person ("student", "farmer", "tourist", "veteran"), by WordNet: a word
/// whose hypernyms reach "person" within a few steps. Lets a text describe someone by what they are without an office
/// ("Maya Thompson, a second-year public policy student, asked ..."). Only a few steps, because the lexicon relates
/// words, not senses: further up, any noun reaches "person" through some other sense of a word on the way ("hotel" →
/// building → construction → constituent → ... → person).
/// </summary>
public static class PersonNouns
{
    /// <summary>How many hypernym steps from the word to "person" (student → enrollee → person is two).</summary>
    private const int Steps = 3;

    /// <summary>
    /// How many steps for a noun said of someone the text already names as a person ("Lena Ohm, a ferry dealer"): one
    /// more, as "goalkeeper" → soccer player → athlete → contestant → person, or "dealer" → merchant → businessperson →
    /// capitalist → person. Only there: at four steps a word alone reaches "person" through others' senses too ("drum" →
    /// sound → sensation → expert), which a name before it rules out.
    /// </summary>
    private const int StepsSaidOfPerson = 4;

    private static readonly HashSet<string> Person = new(StringComparer.Ordinal) { "person", "individual", "someone" };

    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, bool> KnownSaidOfPerson = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (any case, any inflection) is a noun for a kind of person.</summary>
    public static bool Is(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 2 && lower.All(char.IsLetter) && Known.GetOrAdd(lower, w => Reaches(w, Steps));
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a noun for a kind of person when it is said of someone already read as a person
    /// (the head of an apposition after a person's name, or of the role set off before one): a step further up WordNet.
    /// </summary>
    public static bool IsSaidOfPerson(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 2 && lower.All(char.IsLetter) && KnownSaidOfPerson.GetOrAdd(lower, w => Reaches(w, StepsSaidOfPerson));
    }

    private static bool Reaches(string word, int steps)
    {
        var relations = WordRelations.Default;
        if (!relations.IsNounForm(word) || Person.Contains(word))
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        var front = new List<string> { word };
        for (var step = 0; step < steps && front.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var hypernym in front.SelectMany(w => relations.Related(w, Relation.Hypernym)))
            {
                if (Person.Contains(hypernym))
                {
                    return true;
                }

                if (seen.Add(hypernym))
                {
                    next.Add(hypernym);
                }
            }

            front = next;
        }

        return false;
    }
}
