using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who is the Chilean health minister?" and "In Santiago, Health Minister Ana Ruiz said ...": a sentence that opens by
/// setting itself in a city of a country ("In Santiago,") gives the offices it names without a country to that country,
/// as a reader takes them; the demonym the question puts before the office is told by the city. Only a demonym
/// before an office's head, and only a city that opens the sentence: one named later may be where someone went.
/// </summary>
internal static class OfficeSetIn
{
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var country = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.IsDemonym && p.Kind == PlaceKind.Country)?.Country;
        return country is not null && BeforeOffice(question.Text, term.Word) && SetIn(passage) == country;
    }

    /// <summary>The country of the city the sentence opens by setting itself in ("In Helsinki, ..."), or null.</summary>
    public static string? SetIn(Passage passage)
    {
        if (!passage.Text.StartsWith("In ", StringComparison.Ordinal))
        {
            return null;
        }

        var cities = passage.Of(AnnotationKind.Place).Where(p => p.Start == 3 && p.End < passage.Text.Length && passage.Text[p.End] == ',');
        return cities.Where(p => p.PlaceKind is PlaceKind.City or PlaceKind.Capital && !p.PlaceCountry.IsEmpty)
            .Select(p => p.PlaceCountry.ToString()).FirstOrDefault();
    }

    /// <summary>Whether the question says the demonym before the head of an office, a word or two apart at most ("the South Korean unification minister").</summary>
    private static bool BeforeOffice(string question, string demonym)
    {
        // "the Finnish agriculture minister": the office's head may come a word or two after the demonym.
        var match = System.Text.RegularExpressions.Regex.Match(question, $@"\b{System.Text.RegularExpressions.Regex.Escape(demonym)}((?:\s+[\w-]+){{1,3}})", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success && match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RoleWords.IsHead(w.ToLowerInvariant()));
    }
}
