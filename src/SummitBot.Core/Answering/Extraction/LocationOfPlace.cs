using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Where is Sinuiju?" asks where a place lies, which the text says right after the place's name: "from Kaesong to
/// Sinuiju, on the Chinese border", "Sinuiju, near the Yalu", "Sinuiju in North Pyongan". A place the sentence names
/// elsewhere (the other end of the route, "Kaesong") says nothing of where the asked one is.
/// </summary>
internal static partial class LocationOfPlace
{
    /// <summary>How much of its fit a place keeps that the sentence does not give as where the asked place lies.</summary>
    public const double Elsewhere = 0.4;

    /// <summary>The words after the asked place that say where it lies, as an answer ("on the Chinese border").</summary>
    public static IEnumerable<AnswerCandidate> Phrases(QuestionReading question, Passage passage)
    {
        foreach (var end in EndsOfAsked(question, passage.Text))
        {
            var match = Located().Match(passage.Text, end);
            if (match.Success)
            {
                var said = match.Groups["where"];
                yield return new AnswerCandidate(passage, AnswerType.Place, said.Value.TrimEnd(), said.Index, said.Index + said.Value.TrimEnd().Length, 1.0)
                {
                    Note = "where the place asked lies",
                };
            }
        }
    }

    /// <summary>
    /// Whether a place starting at <paramref name="start"/> is given as where the asked place lies (<paramref name="ends"/>:
    /// where the sentence names the asked place, read once per sentence), or the question asks no such thing.
    /// </summary>
    public static bool Fits(IReadOnlyList<int> ends, string text, int start) =>
        ends.Count == 0 || ends.Any(end => end <= start && Linked().IsMatch(text.AsSpan(end, start - end)));

    /// <summary>Where each mention of the asked place ends in the sentence; none when the question asks no place's location.</summary>
    public static IEnumerable<int> EndsOfAsked(QuestionReading question, string text)
    {
        if (question.LocationAsked is not { } asked)
        {
            yield break;
        }

        for (var at = text.IndexOf(asked, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(asked, at + asked.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + asked.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                yield return end;
            }
        }
    }

    /// <summary>Prepositions that say where a place lies ("on the border", "near the Yalu"), for both patterns below.</summary>
    private const string PlacePrepositions = @"on|in|near|along|off|outside|inside|across|close to";

    /// <summary>"north of", "west of", "south-west of", "northeast of": a direction from another place.</summary>
    private const string Compass = @"(?:(?:north|south)-?(?:east|west)|north|south|east|west)\s+of";

    /// <summary>"about 40 kilometres": a distance before a direction ("about 40 kilometres east of ...").</summary>
    private const string Distance = @"(?:(?:about|some|roughly|around|nearly|only|just)\s+)?\d[\d,.]*\s+(?:kilometres|kilometers|km|miles|metres|meters)\s+";

    /// <summary>
    /// ", a coastal city", ", the country's main port": an apposition naming the kind of place, which the location may
    /// follow. Its opening is "a", "an", or an owner in the possessive (", the region's", ", Norway's"), which says whose
    /// such place it is, not where it lies.
    /// </summary>
    private const string KindOfPlace = @"(?:,\s+(?:an?|(?:the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port|county|province|island|resort|district|region)(?=[\s,]))?";

    /// <summary>
    /// ", on the Chinese border", " in North Pyongan province", ", a coastal city about 40 kilometres east of
    /// Pyeongchang": a preposition of place or a direction after the name (past an apposition of its kind), and what it
    /// says, up to a clause of its own ("near the lake that the state drained ..." says where up to "that").
    /// </summary>
    [GeneratedRegex(@"\G" + KindOfPlace + @",?\s+(?<where>(?:" + PlacePrepositions + @"|(?:just\s+)?" + Compass + "|" + Distance + Compass + @")\s+(?:(?!\s(?:that|which|who|where|when|while)\s)[^,.;:()\u201C\u201D""]){3,60})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Located();

    /// <summary>
    /// What may stand between the asked place and a place said to be where it lies: an apposition of its kind (", a
    /// fishing town near"), a comma, a preposition of place, "the".
    /// </summary>
    [GeneratedRegex(@"^" + KindOfPlace + @",?\s*(?:(?:" + PlacePrepositions + "|" + Compass + @")\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Linked();
}
