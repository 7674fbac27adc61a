using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many workers are in China?" is not answered by "workers ... in Russia" in an article set in China: a sentence
/// that is set in another country (after a preposition of place) does not answer for the country the question asks,
/// even though its article names that country elsewhere.
/// </summary>
internal static class CountrySetElsewhere
{
    /// <summary>
    /// Whether the passage is set in a country other than the one the question names, where the article (not the
    /// sentence) is the only place the question's country was found.
    /// </summary>
    public static bool Names(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var asked = Language.World.Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.Kind == Language.World.PlaceKind.Country && !p.IsDemonym);
        var askedAsPlace = asked is not null && PlaceWithinAsked.After("in|to|into|inside|at|across", question.Text, term.Word); // "dock in Sweden", "fly to Japan"
        return asked is not null && passage.Of(Language.Reading.AnnotationKind.Place)
            .Any(p => (p.IsCountryName || (askedAsPlace && IsCity(p) && !p.IsDemonym))
                && p.PlaceCountry.ToString() is { Length: > 0 } country && country != asked.Country && SetIn(passage.Text, p.Start));
    }

    /// <summary>
    /// A capital or city the gazetteer puts in a country: asked "when did it dock in Sweden?", a sentence set "in
    /// Helsinki" is set in another country. Only for a country asked as a place: a city where something was said
    /// ("South Korea's military said in Seoul") is not where the North's launch was.
    /// </summary>
    private static bool IsCity(Language.Reading.Annotation place) =>
        place.PlaceKind is Language.World.PlaceKind.Capital or Language.World.PlaceKind.City;

    /// <summary>
    /// "workers ... in Russia", "at talks in Vietnam": a country after a preposition of place is where the sentence is
    /// set; one that acts ("North Korea commits to ...", "the United States and North Korea") is a party, and the
    /// sentence may still be set in the article's country.
    /// </summary>
    private static bool SetIn(string text, int start)
    {
        var before = text[..start].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        var word = before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return word is "in" or "at" or "inside" or "to" or "from" or "into" or "near" or "across" or "within" or "throughout";
    }
}
