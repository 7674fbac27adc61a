using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "OSLO - ... Foreign Minister Ine Berg was due to brief the envoys": an office that names no country, in a story filed
/// from one country (its dateline) and in a sentence that, with the one before it, names no other country asked about,
/// is the host country's office, as a reader takes it. It does not answer who holds that office in the country the
/// question names ("who is Sweden's foreign minister?"). What else tells a reader whose office it is keeps it: the
/// asked country in the sentence or the one before, "its" or "their", or a visiting delegation the person is in.
/// (Without the dateline, a rule on the sentence alone lost right answers whose country was in the sentence before.)
/// The other way round, in a story filed from the asked country, one of a visiting party ("accompanied by Foreign
/// Minister X") holds the office of the country the party came from.
/// </summary>
internal static class HostOffice
{
    /// <summary>How much of its share of the asked role such an office keeps.</summary>
    public const double Weight = 0.1;

    public static bool OfOtherCountry(QuestionReading question, Passage passage, string office)
    {
        // An office that names a country's capital ("chancellor of the Pyongyang University ...") says whose it is, as its
        // name or demonym would.
        if (question.Countries.Count == 0 || CountriesNamed.ByNameOrDemonym(office).Count > 0 || CountriesNamed.In(office, anyCase: false).Count > 0
            || office.Split(' ', 2)[0].ToLowerInvariant() is "its" or "their" or "our")
        {
            return false;
        }

        if (DatelineCountry(passage) is not { } host || NamesAskedCountry(question, passage))
        {
            return false;
        }

        // "BEIJING - Kim was accompanied by ... Foreign Minister Ri Yong Ho": one of a visiting party holds an office of
        // the country the party came from, not of the host the question asks about; one who is not holds the host's.
        return question.Countries.Contains(host) ? InVisitingParty(passage) : !InVisitingParty(passage);
    }

    /// <summary>
    /// "Stockholm said on Monday ... Foreign Minister Berg said": the asked country said in the sentence, or in the one
    /// before it, may be whose office it is; so may the one whose city the sentence opens by setting itself in ("In
    /// Helsinki, Agriculture Minister ...").
    /// </summary>
    private static bool NamesAskedCountry(QuestionReading question, Passage passage) =>
        (Ranking.OfficeSetIn.SetIn(passage) is { } setIn && question.Countries.Contains(setIn))
        || CountriesNamed.ByNameOrDemonym(passage.Text).Overlaps(question.Countries) || CountriesNamed.In(passage.Text, anyCase: false).Overlaps(question.Countries)
        || question.Countries.Any(country => passage.Analyze(country) is { Count: > 0 } stems && stems.All(passage.Before.Contains));

    /// <summary>"Foreign Minister ... and ... were also in the delegation": the sentence puts its people in a visiting party.</summary>
    private static bool InVisitingParty(Passage passage) =>
        Visiting.Any(word => passage.Analyze(word) is { Count: > 0 } stems && stems.All(passage.Words.Contains));

    /// <summary>Words that put a person in a party that came to the host country (its delegation, its entourage).</summary>
    private static readonly string[] Visiting = ["delegation", "entourage", "accompanied", "accompanying", "retinue"];

    /// <summary>The country of the place that opens the story's dateline ("KUALA LUMPUR - ...", see <see cref="Dateline"/>), or null.</summary>
    private static string? DatelineCountry(Passage passage)
    {
        if (passage.Opening is not { } opening || Dateline.DashAt(opening.Tokens) is var dash && dash < 0)
        {
            return null;
        }

        var dashStart = opening.Tokens[dash].Start;
        foreach (var place in opening.Of(AnnotationKind.Place))
        {
            if (place.Start == 0 && place.End <= dashStart)
            {
                return place.PlaceCountry is { IsEmpty: false } country ? country.ToString()
                    : place.PlaceKind == PlaceKind.Country ? place.Value : null;
            }
        }

        return null;
    }
}
