using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who did the minister dine with in Geneva?" of "GENEVA (Agency) - The minister dined with ...": a dateline says where
/// the story was filed, which is where the deed its first sentence tells was done unless that sentence sets the deed in
/// another country. So a name the question asks as the deed's setting ("in Geneva", "at Geneva") that the sentence has
/// only in its dateline still counts, while a dateline name asked as a party or a thing reached ("did Geneva's
/// police ...", "did the storm reach Latvia") stays only the article's setting (<see cref="TermMatch"/>).
/// </summary>
internal static class DatelineSetting
{
    /// <summary>Prepositions that set a deed in a place, in the question and in the sentence.</summary>
    private const string SettingWords = "in|at";

    public static bool Counts(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (!PlaceWithinAsked.After(SettingWords, question.Text, term.Word))
        {
            return false;
        }

        var places = passage.Of(AnnotationKind.Place).Where(p => !p.IsDemonym).ToList();
        var filedIn = places.Where(p => passage.InDateline(p.Start)).Select(p => p.PlaceCountry.ToString()).ToHashSet();
        return !places.Any(p => !passage.InDateline(p.Start) && SetIn(passage.Text, p) && !filedIn.Contains(p.PlaceCountry.ToString()));
    }

    /// <summary>Whether the place follows a setting preposition ("in Lithuania", "at the Lithuanian port" read as its place).</summary>
    private static bool SetIn(string text, Annotation place) => SettingBefore.IsMatch(text.AsSpan(0, place.Start));

    private static readonly Regex SettingBefore = new($@"\b(?:{SettingWords})\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);
}
