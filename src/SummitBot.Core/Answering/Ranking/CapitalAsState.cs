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

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Name || PlaceWithinAsked.After(string.Join('|', PlaceWords), question.Text, term.Word))
        {
            return false;
        }

        var country = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.Kind == PlaceKind.Country && !p.IsDemonym)?.Country;
        return country is not null && passage.Of(AnnotationKind.Place).Any(p =>
            p.Detail.Split('|') is [nameof(PlaceKind.Capital), var of, ..] && of == country && IsParty(passage.Text, p));
    }

    /// <summary>Whether the capital stands as a party: not after a word of place, and not a dateline or a list of places set off by a comma.</summary>
    private static bool IsParty(string text, Annotation place)
    {
        var before = text[..place.Start].TrimEnd();
        var last = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var after = text[place.End..];
        // "SEOUL, South Korea —" opens a report with where it was written.
        return (last is null || !PlaceWords.Contains(last)) && !after.StartsWith(',');
    }
}
