using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did Kim visit the White House?" and "Kim had reached Vietnam on Tuesday" beside a sentence that names the
/// White House only in a job title: a place the question names that only a sentence nearby has counts for this one
/// only when this one goes nowhere else. A sentence that goes to another place ("reached Vietnam", "a visit to
/// Beijing") tells of that place, so the name beside it does not count for it; one that goes to a place within the one
/// asked ("arrived in Hanoi" for Vietnam) or holding it still does.
/// </summary>
internal static class PlaceAskedElsewhere
{
    /// <summary>
    /// Whether <paramref name="term"/>, a place the question names and the sentence lacks, is set aside by the places the
    /// sentence is set in. <paramref name="askedAsPlace"/>: only when the question asks it as a place ("cross into South
    /// Korea"), for a name found no nearer than elsewhere in the article, where a word of someone's name ("Un") may stand.
    /// </summary>
    public static bool SetElsewhere(QuestionReading question, QuestionTerm term, Passage passage, bool askedAsPlace = false)
    {
        var at = question.Text.IndexOf(term.Word, StringComparison.OrdinalIgnoreCase);
        if (askedAsPlace && (!AskedAsPlace(question.Text, at) || InLongerName(question.Text, at)))
        {
            return false;
        }

        if (term.Role != TermRole.Name || question.People.Any(p => p.Words.Contains(term.Word, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var asked = Gazetteer.Default.Find(term.Word).FirstOrDefault(p => !p.IsDemonym);
        if (asked is null && !AskedAsPlace(question.Text, question.Text.IndexOf(term.Word, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var setSomewhere = false;
        foreach (var place in passage.Of(AnnotationKind.Place))
        {
            if (place.IsDemonym || !GoneTo(passage.Text, place.Start))
            {
                continue;
            }

            if (Within(place, term, asked))
            {
                return false;
            }

            setSomewhere = true;
        }

        return setSomewhere;
    }

    /// <summary>"to Kim Jong Un": a word after another capitalized one is part of a longer name, not a place of its own ("Un").</summary>
    private static bool InLongerName(string text, int at)
    {
        var before = text.AsSpan(0, Math.Max(0, at)).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]) && space >= 0;
    }

    /// <summary>Whether the place the sentence is set in is the one asked, part of it or holds it, or of unknown country beside a known one asked.</summary>
    private static bool Within(Annotation place, QuestionTerm term, Place? asked)
    {
        if (place.Value.Contains(term.Word, StringComparison.OrdinalIgnoreCase) || term.Word.Contains(place.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (asked is null)
        {
            return false;
        }

        if (IsMission(place.Value))
        {
            // "the North Korean embassy" stands in the country it is sent to, not the one it names: wherever it is, it
            // may be within the place asked.
            return true;
        }

        var country = place.PlaceCountry.ToString();
        return country.Length == 0 || string.Equals(country, asked.Country, StringComparison.Ordinal)
            || string.Equals(place.Value, asked.Country, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> in the question follows a preposition of place ("into South Korea")
    /// or a verb of going ("visit the White House"), skipping the rest of the name ("the White House" for "House").
    /// </summary>
    private static bool AskedAsPlace(string text, int start)
    {
        var words = WordsBefore(text, start);
        var i = words.Count - 1;
        while (i > 0 && char.IsUpper(words[i][0]))
        {
            i--;
        }

        i -= i > 0 && words[i] == "the" ? 1 : 0;
        return i >= 0 && (IsPreposition(words[i]) || PlaceGoneTo.IsGoing(words[i]));
    }

    /// <summary>
    /// Whether the sentence goes to the place at <paramref name="start"/>: "reached Vietnam", "a visit to Beijing",
    /// "flew to Haiphong". A place merely said of something ("a restaurant in Pyongyang", "critics in Washington") is
    /// not where the sentence is set.
    /// </summary>
    private static bool GoneTo(string text, int start)
    {
        var words = WordsBefore(text, start);
        var i = words.Count - 1;
        if (i >= 0 && PlaceGoneTo.IsGoing(words[i]))
        {
            return true;
        }

        return i >= 1 && words[i] is "to" or "into" or "in" && PlaceGoneTo.IsGoing(words[i - 1]);
    }

    /// <summary>The words before <paramref name="start"/>, without "the" just before it, lower-cased but for names.</summary>
    private static List<string> WordsBefore(string text, int start)
    {
        var words = new List<string>();
        if (start <= 0)
        {
            return words;
        }

        foreach (var word in text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim(',', ';', ':', '"', '(', ')');
            if (trimmed.Length > 0)
            {
                words.Add(char.IsUpper(trimmed[0]) && words.Count > 0 ? trimmed : trimmed.ToLowerInvariant());
            }
        }

        if (words.Count > 0 && words[^1] == "the")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    private static bool IsMission(string place) =>
        place.EndsWith("embassy", StringComparison.OrdinalIgnoreCase) || place.EndsWith("consulate", StringComparison.OrdinalIgnoreCase)
        || place.EndsWith("mission", StringComparison.OrdinalIgnoreCase);

    private static bool IsPreposition(string word) => word is "in" or "at" or "inside" or "to" or "into" or "near" or "within";
}
