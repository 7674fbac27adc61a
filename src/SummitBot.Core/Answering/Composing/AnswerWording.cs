using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Composing;

/// <summary>
/// How an answer from text is said: the answer's own words (or a date worked out from them), with only the few words
/// around them a reply needs ("Stephen Biegun is ...", "It was ...", "Yes: ..."), then the citation marker.
/// </summary>
internal static class AnswerWording
{
    /// <summary>The answer's wording with a marker for each of its first <paramref name="sources"/> citations: "Hanoi [1][2].".</summary>
    public static string Say(QuestionReading question, AnswerCandidate answer, int sources = 1)
    {
        var words = KeepAbbreviation(answer.Answer.Trim(), answer.Answer.Trim().TrimEnd('.', ',', ';', ':'));
        var text = question.Type switch
        {
            AnswerType.Title when answer.Person is { } person && Language.Reading.TitleFinder.SaidAsDeed(words) => $"{person} {words}",
            AnswerType.Title when answer.Person is { } person => $"{person} {(Language.Reading.TitleFinder.HeldBefore(words) ? "was" : "is")} {Lower(words)}",
            AnswerType.Quote when answer.Speaker is { } speaker => $"{speaker} said: \u201C{words.Trim('\u201C', '\u201D', '"')}\u201D",
            AnswerType.Speaker => $"It was {words}",
            AnswerType.Age when answer.Person is { } person => $"{person} {(AsksPast(question) ? "was" : "is")} {words}",
            AnswerType.YesNo => (answer.Note == "no" ? "No" : "Yes") + ": " + Upper(words),
            _ => Upper(words),
        };
        return text + " " + string.Concat(Enumerable.Range(1, Math.Max(1, sources)).Select(n => $"[{n}]")) + ".";
    }

    /// <summary>
    /// "at about 7:10 p.m." ends a sentence, but its last period is the abbreviation's own: "7:10 p.m" would misquote
    /// it. A last word with periods inside ("p.m", "U.S") gets its period back.
    /// </summary>
    private static string KeepAbbreviation(string answer, string trimmed)
    {
        var last = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        return answer.Length > trimmed.Length && answer[trimmed.Length] == '.' && last.Length > 1 && last[..^1].Contains('.', StringComparison.Ordinal)
            ? trimmed + "."
            : trimmed;
    }

    /// <summary>"How old was he?": an age asked in the past tense is said so ("Otto Warmbier was 22").</summary>
    private static bool AsksPast(QuestionReading question) =>
        question.Text.Split(' ').Any(w => w.Trim('?', '.', ',').ToLowerInvariant() is "was" or "were" or "did" or "turned");

    private static string Upper(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"The special representative ..." reads "is the special representative ..."; a capitalized title keeps its capitals.</summary>
    private static string Lower(string text) =>
        text.StartsWith("The ", StringComparison.Ordinal) || text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("An ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
