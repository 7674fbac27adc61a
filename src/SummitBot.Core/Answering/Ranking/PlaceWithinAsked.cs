using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the talks in Norway end?" and "the talks at a lodge outside Oslo ended on Friday": a country the question
/// gives as where something happened ("in Norway") is told by a city of that country the sentence names. Only a
/// country after "in": one asked of otherwise ("Norway's envoy") is a party, not a setting a city could stand for.
/// </summary>
internal static class PlaceWithinAsked
{
    /// <summary>
    /// How fully the passage tells the country asked by a city of it: 1 by a city the sentence names, the article's
    /// setting's weight by a city named only in its dateline ("OSLO (Agency) -", where the story was filed), 0 by none.
    /// </summary>
    public static (double Match, MatchedIn Where) Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Name || !After("in", question.Text, term.Word))
        {
            return (0, MatchedIn.Nowhere);
        }

        var country = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.Kind == PlaceKind.Country && !p.IsDemonym);
        var cities = country?.Country is { } name ? passage.Of(AnnotationKind.Place).Where(p =>
            p.PlaceKind is PlaceKind.City or PlaceKind.Capital && !p.IsDemonym && p.PlaceCountry.SequenceEqual(name)).ToList() : [];
        return cities.Any(p => !passage.InDateline(p.Start)) ? (1, MatchedIn.Sentence)
            : cities.Count > 0 ? (RankingWeights.InArticle, MatchedIn.Article) : (0, MatchedIn.Nowhere);
    }

    /// <summary>
    /// Whether the question has one of <paramref name="prepositions"/> (a regex alternation, "in|to") right before the
    /// word, "the" allowed between ("the talks in Norway", "dock in the Netherlands"): the one reading of a country asked
    /// as a place that this check and <see cref="Ranker"/>'s other-country check share.
    /// </summary>
    public static bool After(string prepositions, string question, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(question, $@"\b(?:{prepositions})\s+(?:the\s+)?{System.Text.RegularExpressions.Regex.Escape(word)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
