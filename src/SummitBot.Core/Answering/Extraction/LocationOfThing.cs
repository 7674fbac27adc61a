using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Where was their restaurant?" of "13 workers from a restaurant in the Chinese city of Ningbo arrived in Seoul": asked
/// where a thing is, the place the sentence attaches to the thing's noun ("a restaurant in ... Ningbo", "the embassy, a
/// house on Harlow Road in the suburb of Eastcote") answers; a place of the sentence's verb ("arrived in Seoul") is where
/// something else happened.
/// </summary>
internal static class LocationOfThing
{
    /// <summary>How much of its fit a place keeps that the sentence does not attach to the thing asked, when it attaches another.</summary>
    public const double OfOtherDoing = 0.5;

    /// <summary>How many words a preposition's phrase may have before its place ("in the west coast city of").</summary>
    private const int Reach = 6;

    /// <summary>The starts of the places the sentence attaches to the asked thing's noun; none when the question asks no thing's place.</summary>
    public static HashSet<int> Attached(QuestionReading question, Passage passage)
    {
        var found = new HashSet<int>();
        if (question.ThingLocated is not { } thing)
        {
            return found;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var places = passage.Of(AnnotationKind.Place);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && stems[i].Contains(thing.Stem))
            {
                Follow(tokens, places, AfterApposition(tokens, i + 1), found);
            }
        }

        return found;
    }

    /// <summary>", a detached house on ...": an apposition of a few lower-case words after the noun, past which its place may be said.</summary>
    private static int AfterApposition(List<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || tokens[at].Text != "," || tokens[at + 1].Text is not ("a" or "an"))
        {
            return at;
        }

        for (var k = at + 2; k < tokens.Count && k <= at + 5; k++)
        {
            if (IsPreposition(tokens[k].Text))
            {
                return k;
            }

            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                break;
            }
        }

        return at;
    }

    /// <summary>
    /// From <paramref name="at"/>, a chain of place phrases ("on Harlow Road in the west Lisbon suburb of Eastcote"):
    /// each a preposition of place, then only articles, names, nouns of places' kinds, compass words and "of" up to a
    /// place, which is attached; a place followed by another such phrase carries the chain on.
    /// </summary>
    private static void Follow(List<Token> tokens, IReadOnlyList<Annotation> places, int at, HashSet<int> found)
    {
        while (at < tokens.Count && IsPreposition(tokens[at].Text))
        {
            var k = at + 1;
            var reached = false;
            while (k < tokens.Count && k - at <= Reach)
            {
                if (PlaceAt(places, tokens[k].Start) is { } place)
                {
                    found.Add(place.Start);
                    reached = true;
                    k = NextToken(tokens, k, place.End);
                    if (k < tokens.Count && (IsPreposition(tokens[k].Text) || !InPhrase(tokens[k])))
                    {
                        break;
                    }

                    continue;
                }

                if (IsPreposition(tokens[k].Text) && k > at + 1)
                {
                    // "on Harlow Road in the suburb of ...": a street or building of no known place carries the chain on.
                    break;
                }

                if (!InPhrase(tokens[k]))
                {
                    return;
                }

                k++;
            }

            if (!reached && !(k < tokens.Count && IsPreposition(tokens[k].Text)))
            {
                return;
            }

            at = k;
        }
    }

    private static Annotation? PlaceAt(IReadOnlyList<Annotation> places, int start)
    {
        foreach (var place in places)
        {
            if (place.Start == start)
            {
                return place;
            }
        }

        return null;
    }

    private static int NextToken(List<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Start < end)
        {
            k++;
        }

        return k;
    }

    /// <summary>Words a place phrase may hold before its place: articles, names, "of", nouns of places' kinds and compass words.</summary>
    private static bool InPhrase(Token token)
    {
        var word = token.Text.ToLowerInvariant();
        return token.IsCapitalized || word is "the" or "a" or "an" or "of" or "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central" or "suburb" or "suburbs" or "neighbourhood" or "neighborhood" or "quarter"
            || Language.Words.PlaceWords.TryKind(word, out _);
    }

    private static bool IsPreposition(string word) => word is "in" or "at" or "on" or "near" or "outside" or "inside";
}
