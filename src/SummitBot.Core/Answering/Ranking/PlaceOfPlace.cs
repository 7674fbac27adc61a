using System.Text.RegularExpressions;
using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "off the coast of Oga, a city in Akita prefecture": a place inside an apposition that tells what another place is
/// ("a city in ...", "a port on ...") says where that place lies. Asked where something happened, the place named
/// first is where; the wider one only places it. (Asked where the first place lies, <see cref="LocationOfPlace"/>
/// answers with the wider one.)
/// </summary>
internal static partial class PlaceOfPlace
{
    /// <summary>How much of its fit a place keeps that only says where the place before it lies.</summary>
    private const double Wider = 0.5;

    [GeneratedRegex(@",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|island|county|province|prefecture|region|district|base|resort)\s+(?:in|on|of|near)\s+(?:the\s+)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Apposition();

    /// <summary>", on ", ", in the ": a phrase of place set off by a comma, right before the candidate.</summary>
    [GeneratedRegex(@",\s+(?:in|on|off|near|along)\s+(?:the\s+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PlaceAside();

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || question.LocationAsked is not null || candidate.Passage is not { } passage || candidate.Start < 8)
        {
            return 1.0;
        }

        var text = passage.Text;
        var from = Math.Max(0, candidate.Start - 60);
        var places = passage.Of(Language.Reading.AnnotationKind.Place);
        var match = Apposition().Match(text[from..candidate.Start]);
        if (match.Success)
        {
            // The apposition follows a place's name right before its comma.
            var comma = from + match.Index;
            return places.Any(p => p.End == comma) ? Wider : 1.0;
        }

        return WiderAside(question, text, places, candidate.Start) || PlacesVenue(question, text, places, candidate.Start)
            || OnlyNear(question, text, places, candidate.Start) ? Wider : 1.0;
    }

    /// <summary>" near ", " near the ": the word that sets a place beside another, not around it.</summary>
    [GeneratedRegex(@"\s+near\s+(?:the\s+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Near();

    /// <summary>
    /// "set off from the Ostra quarter near Lundberg": a place right after another place and "near" only says where
    /// that place lies; the deed was not done in it at all, so whatever grain is asked it is not the answer. (Asked
    /// what a place is near, the question says "near", and the place after it is what is asked.)
    /// </summary>
    private static bool OnlyNear(QuestionReading question, string text, IReadOnlyList<Language.Reading.Annotation> places, int start)
    {
        if (question.Text.Contains("near", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var from = Math.Max(0, start - 12);
        var match = Near().Match(text[from..start]);
        if (!match.Success)
        {
            return false;
        }

        var end = from + match.Index;
        return places.Any(p => p.End == end);
    }

    /// <summary>" at ", " in ": the preposition that ties a venue to the place it stands in.</summary>
    [GeneratedRegex(@"\s+(?:at|in)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex VenueIn();

    /// <summary>
    /// "took off from the Varden Test Range at Brekka": a place right after a venue and "at" or "in" says where the
    /// venue stands. Asked no grain, the venue is where it happened (the finest place told); the town only places it.
    /// Asked a grain ("which town"), the grain decides. A venue after a venue ("the east hall at the Grand Hotel")
    /// is a place of its own.
    /// </summary>
    private static bool PlacesVenue(QuestionReading question, string text, IReadOnlyList<Language.Reading.Annotation> places, int start)
    {
        if (question.PlaceKind is not null)
        {
            return false;
        }

        var from = Math.Max(0, start - 8);
        var match = VenueIn().Match(text[from..start]);
        if (!match.Success)
        {
            return false;
        }

        var end = from + match.Index;
        var here = places.Where(p => p.Start == start).Select(PlaceExtractor.KindOf).ToList();
        return here.Count > 0 && here[0] != PlaceKind.Venue && places.Any(p => p.End == end && PlaceExtractor.KindOf(p) == PlaceKind.Venue);
    }

    /// <summary>
    /// "washed up on a beach near Tarvik Point, on Norway's western coast": a phrase of place set off by a comma right
    /// after a place names a wider one, where that place lies. Asked no grain, the finer place is where it happened;
    /// the wider one only places it. (A place no wider than the one before the comma may be a second stop, and keeps
    /// its fit; asked a grain, the grain decides.)
    /// </summary>
    private static bool WiderAside(QuestionReading question, string text, IReadOnlyList<Language.Reading.Annotation> places, int start)
    {
        if (question.PlaceKind is not null)
        {
            return false;
        }

        var from = Math.Max(0, start - 20);
        var match = PlaceAside().Match(text[from..start]);
        if (!match.Success)
        {
            return false;
        }

        var comma = from + match.Index;
        var here = places.Where(p => p.Start == start).Select(PlaceExtractor.KindOf).ToList();
        var before = places.Where(p => p.End == comma).Select(PlaceExtractor.KindOf).ToList();
        return here.Count > 0 && before.Count > 0 && FinerPlace.Grain(here[0]) > FinerPlace.Grain(before[0]);
    }
}
