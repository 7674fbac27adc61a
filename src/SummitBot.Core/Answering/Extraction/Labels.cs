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

    /// <summary>Words that give a thing its title or name ("the concert, titled ..."): they label the noun just before them.</summary>
    private static readonly HashSet<string> Titling = new(StringComparer.Ordinal) { "titled", "entitled", "named", "nicknamed" };

    /// <summary>Whether a sentence's <paramref name="word"/> labels a thing as a question's "called" asks: any word of labelling or titling.</summary>
    public static bool IsLabelling(string word) => Labelling.Contains(word.ToLowerInvariant()) || Titling.Contains(word.ToLowerInvariant());

    /// <summary>Whether the question's <paramref name="term"/> is the word that asks for a label ("called", "dubbed").</summary>
    public static bool AsksLabel(QuestionTerm term) => term.Role == TermRole.Content && Labelling.Contains(term.Word.ToLowerInvariant());

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

        // 'The concert, titled "Spring Is Coming,"': a title put on the question's own thing, named just before it.
        if (Titling.Contains(word))
        {
            var thing = before > 0 && tokens[before - 1].Text == "," ? before - 2 : before - 1;
            return thing >= 0 && question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && !Labelling.Contains(t.Word.ToLowerInvariant()) && passage.Analysis.TokenStems[thing].Contains(t.Stem));
        }

        if (before == 0 || word is not ("is" or "are" or "was" or "were" or "be" or "been"))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems[before - 1];
        return question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && !Labelling.Contains(t.Word.ToLowerInvariant()) && stems.Contains(t.Stem));
    }
}
