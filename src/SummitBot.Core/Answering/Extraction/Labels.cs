using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did Kim Song call the sanctions?" of 'sanctions were "a crime against humanity"': the few quoted words a
/// sentence puts on the thing asked about, right after "called" or "as", or after the thing's own word and a form of "be".
/// A quote that follows anything else ('which he called war games, because they were "very provocative"') is not it.
/// </summary>
internal static class Labels
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Labelling = new(StringComparer.Ordinal)
    {
        "call", "called", "calls", "dub", "dubbed", "dubs", "label", "labelled", "labeled", "labels", "brand", "branded", "brands",
    };

    /// <summary>Whether the question asks what something was called ("what did X call Y?").</summary>
    public static bool Asked(QuestionReading question)
    {
        foreach (var term in question.Terms)
        {
            if (term.Role == TermRole.Content && Labelling.Contains(term.Word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        foreach (var quote in passage.Of(AnnotationKind.Quote))
        {
            var first = tokens.FindIndex(t => t.Start == quote.Start);
            var words = tokens.Count(t => t.IsWord && t.Start >= quote.Start && t.End <= quote.End);
            if (quote.Detail != "direct" || first < 2 || words > MaxWords || tokens[first - 1].Kind != Language.TokenKind.Quote || !SaidOf(question, passage, first - 2))
            {
                continue;
            }

            var text = quote.TextIn(passage.Text).Trim(' ', ',', '.');
            yield return new AnswerCandidate(passage, AnswerType.What, text, quote.Start, quote.Start + text.Length, 1.0) { Note = "the words it was called" };
        }
    }

    /// <summary>"called" right before the quote, or the question's word and a form of "be" ("sanctions were").</summary>
    private static bool SaidOf(QuestionReading question, Passage passage, int before)
    {
        var tokens = passage.Analysis.Tokens;
        var word = tokens[before].Text.ToLowerInvariant();
        // 'a day North Korea celebrates as "Victory Day"', 'known as "the forgotten war"': "as" before a few quoted
        // words puts them on the thing as its name.
        if (Labelling.Contains(word) || word == "as")
        {
            return true;
        }

        if (before == 0 || word is not ("is" or "are" or "was" or "were" or "be" or "been"))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems[before - 1];
        return question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && !Labelling.Contains(t.Word.ToLowerInvariant()) && stems.Contains(t.Stem));
    }
}
