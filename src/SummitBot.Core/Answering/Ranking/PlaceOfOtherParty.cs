using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How much did North Korea steal from Chile?" and "hackers stole about $60 million from a Seoul exchange" beside a
/// sentence that names Chile in a list: the sentence gives its own place in the role the question gives the one asked
/// (after the same preposition, "from a Seoul exchange", "from an Indian bank"), and that place is of another country.
/// The sum is that place's, so the name asked, found only beside the sentence, does not count for it.
/// </summary>
internal static class PlaceOfOtherParty
{
    private const string Prepositions = "from|to|in|into|at|against";

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Name || Preposition(question.Text, term.Word) is not { } preposition)
        {
            return false;
        }

        var asked = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => p.Kind == PlaceKind.Country && !p.IsDemonym);
        if (asked?.Country is not { } country)
        {
            return false;
        }

        return passage.Of(AnnotationKind.Place).Any(p => p.PlaceCountry.ToString() is { Length: > 0 } of && of != country
            && System.Text.RegularExpressions.Regex.IsMatch(passage.Text[..p.Start], $@"\b{preposition}\s+(?:(?:a|an|the)\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    /// <summary>The preposition right before the name in the question ("from Chile", "to the Philippines"), or null.</summary>
    private static string? Preposition(string question, string word)
    {
        var match = System.Text.RegularExpressions.Regex.Match(question, $@"\b({Prepositions})\s+(?:the\s+)?{System.Text.RegularExpressions.Regex.Escape(word)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }
}
