using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'Rowan Tate said the port had "a part to play" in the plan, but he added that the ferry deal would go ahead': after a
/// quote, the same speaker's further words, reported with a pronoun (or none, "and added that") and "that". Asked what
/// the speaker said about the ferry deal, these words answer, not the quoted ones.
/// </summary>
internal static class AddedReport
{
    /// <summary>Subjects of the verb of saying that leave the speaker the quote's own.</summary>
    private static readonly HashSet<string> SameSpeaker = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "and", "but" };

    /// <summary>
    /// The characters of what the quote's speaker is said to have added after <paramref name="quote"/> in the same
    /// sentence, from after "that" to the sentence's end, or null when the sentence goes on with no such report, or with
    /// another name or another quotation before it.
    /// </summary>
    public static (int Start, int End)? After(Passage passage, Annotation quote)
    {
        var tokens = passage.Analysis.Tokens;
        var from = tokens.FindIndex(t => t.Start >= quote.End);
        if (from < 0)
        {
            return null;
        }

        var last = tokens.Count - (tokens[^1].Text is "." or "!" ? 1 : 0);
        for (var v = Math.Max(from, 1); v + 3 < last; v++)
        {
            if (tokens[v].Kind == Language.TokenKind.Quote && v > from + 1)
            {
                return null;
            }

            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text) || tokens[v].Text is "called" or "asked")
            {
                continue;
            }

            // "he" read as the speaker (by reference) is the speaker; any other name is someone else's report.
            var named = passage.Annotations.Any(a => a.Kind is AnnotationKind.Person or AnnotationKind.Organization && a.Start >= quote.End && a.End <= tokens[v].Start
                && ArticlePerson.KeyOf(a.Value) != ArticlePerson.KeyOf(quote.Value));
            if (named || !SameSpeaker.Contains(tokens[v - 1].Text) || !tokens[v + 1].Is("that"))
            {
                return null;
            }

            return (tokens[v + 2].Start, tokens[last - 1].End);
        }

        return null;
    }
}
