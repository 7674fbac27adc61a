using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Does Norway have a fishing pact with Iceland?" and "Oslo has no fishing pact with Reykjavik": news writes a
/// state's capital for the state itself when the state acts or is dealt with, so a country the question names as a
/// party is told by its capital. Only where the capital is such a party: a capital after a word of place ("in Oslo",
/// "a trip to Oslo") is where something happened, and a country asked as a setting ("talks in Norway") is left to
/// <see cref="PlaceWithinAsked"/>.
/// </summary>
internal static class CapitalAsState
{
    /// <summary>Prepositions after which a capital is a place, not the state it stands for.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "into", "inside", "outside", "near", "around", "across", "via", "toward", "towards", "through", "of",
    };

    /// <summary><see cref="PlaceWords"/> as the alternation <see cref="PlaceWithinAsked.After"/> reads.</summary>
    private static readonly string PlaceWordsPattern = string.Join('|', PlaceWords);

    /// <summary>
    /// Read for every name term a sentence lacks, so the cheap tests come first: a country's name, a capital of it in the
    /// sentence; the question's wording (a regular expression) only then.
    /// </summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Name)
        {
            return false;
        }

        var country = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.Kind == PlaceKind.Country && !p.IsDemonym)?.Country;
        return country is not null
            && passage.Of(AnnotationKind.Place).Any(p => p.PlaceKind == PlaceKind.Capital && p.PlaceCountry.SequenceEqual(country) && IsParty(passage, p))
            && !PlaceWithinAsked.After(PlaceWordsPattern, question.Text, term.Word);
    }

    /// <summary>
    /// Whether the capital stands as a party: not after a word of place, not in the dateline the sentence opens with
    /// ("OSLO — ...", where the story was filed), and not a list of places set off by a comma.
    /// </summary>
    private static bool IsParty(Passage passage, Annotation place)
    {
        if (passage.InDateline(place.Start))
        {
            return false;
        }

        var text = passage.Text;
        var before = text.AsSpan(0, place.Start).TrimEnd();
        var last = before[(before.LastIndexOf(' ') + 1)..].ToString();
        // "SEOUL, South Korea —" opens a report with where it was written.
        return !PlaceWords.Contains(last) && !text.AsSpan(place.End).StartsWith(",");
    }
}
