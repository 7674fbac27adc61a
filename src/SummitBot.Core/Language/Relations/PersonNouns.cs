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

    /// <summary>
    /// Where WordNet's made things meet: a word whose hypernyms reach one of these is (also) a thing someone made or uses
    /// ("satellite" is a follower as well as equipment; "ferry" is only a boat).
    /// </summary>
    private static readonly HashSet<string> MadeThing = new(StringComparer.Ordinal) { "artifact", "artefact", "instrumentality", "instrumentation", "object", "physical object" };

    /// <summary>How many hypernym steps from a word to a made thing ("satellite" → equipment → instrumentality is two).</summary>
    private const int StepsToThing = 4;

    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, bool> KnownThing = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Whether <paramref name="word"/> is a noun for a kind of person and WordNet does not also know it as a made thing:
    /// "manager" names only people, "satellite" (a follower, but first a device in orbit) does not.
    /// </summary>
    public static bool IsOnlyPerson(string word)
    {
        var lower = word.ToLowerInvariant();
        return Is(lower) && !KnownThing.GetOrAdd(lower, w => Reaches(w, StepsToThing, MadeThing));
    }

    private static bool Reaches(string word, int steps) =>
        !Person.Contains(word) && Reaches(word, steps, Person);

    private static bool Reaches(string word, int steps, HashSet<string> goal)
    {
        var relations = WordRelations.Default;
        if (!relations.IsNounForm(word))
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
                if (goal.Contains(hypernym))
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
