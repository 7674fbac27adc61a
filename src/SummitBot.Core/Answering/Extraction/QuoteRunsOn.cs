using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// '"The bridge will open in May. You can hold me to that," Moreau said.': a quote can run over two sentences, the
/// first opening the quote mark and the second closing it and naming the speaker. The quote's sentences belong
/// together: answered from the first alone, the answer leaves out the words that close it and cites a sentence that
/// does not say who spoke, so the answer runs on to the closing mark and cites both sentences.
/// </summary>
internal static class QuoteRunsOn
{
    /// <summary>
    /// For a direct quote that runs to the end of its sentence without a closing mark, the next sentence of the paragraph
    /// when that sentence goes on without opening a quote and closes one (its first double quote mark comes after
    /// words, and it has an odd number of them); null otherwise.
    /// </summary>
    public static string? Next(Passage passage, Annotation quote)
    {
        if (quote.Detail != "direct" || passage.TextAfterInParagraph is not { } next)
        {
            return null;
        }

        var marks = DoubleMarks(passage.Text);
        if (marks.Count % 2 == 0 || marks[^1].Start > quote.Start + 1 || !OnlyEndAfter(passage.Text, quote.End))
        {
            return null;
        }

        var closing = DoubleMarks(next);
        return closing.Count % 2 == 1 && closing[0].Start > 0 && next[..closing[0].Start].Any(char.IsLetter) ? next : null;
    }

    /// <summary>The quoted words of <paramref name="next"/> (<see cref="Next"/>): the words before its closing mark.</summary>
    public static string Words(string next) => next[..DoubleMarks(next)[0].Start].Trim().TrimEnd(',', ' ');

    private static List<Token> DoubleMarks(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Quote && t.Text is "\"" or "\u201C" or "\u201D").ToList();

    /// <summary>Whether nothing but punctuation and space follows <paramref name="end"/> in <paramref name="text"/>.</summary>
    private static bool OnlyEndAfter(string text, int end) => end >= text.Length || !text[end..].Any(char.IsLetterOrDigit);
}
