using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did the crew hit the guards with?" of "the crew hit the guards with clubs and chains, police said": the
/// question ends on "with", so the answer is that preposition's object in the sentence ("clubs and chains"), where the
/// preposition follows the question's own words ("the guards with").
/// </summary>
internal static class PrepositionObject
{
    /// <summary>How many words before the preposition one of the question's words may stand ("asked the State Department for").</summary>
    private const int Reach = 4;

    /// <summary>The most words of the object read after the preposition ("knives and metal bars").</summary>
    private const int Longest = 6;

    /// <summary>Words that open a clause of their own after the object: the object has ended.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "because", "since", "if", "as", "but",
    };

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        if (question.StrandedPreposition is not { } preposition)
        {
            yield break;
        }

        var tokens = passage.Analysis.Tokens;
        for (var p = 1; p + 1 < tokens.Count; p++)
        {
            if (!tokens[p].Is(preposition) || !FollowsAskedWords(question, passage, p) || !VerbsBefore(question, passage, p))
            {
                continue;
            }

            if (QuotedObject(tokens, p) is { } quoted)
            {
                // 'convicted him of "hostile acts against the state"': the quoted words are the object, whole.
                var (first, last) = quoted;
                var text = passage.Text[tokens[first].Start..tokens[last].End];
                if (!Spans.RepeatsQuestion(text, question, passage.Analyze))
                {
                    yield return new AnswerCandidate(passage, AnswerType.What, text, tokens[first].Start, tokens[last].End, 1.0) { Note = $"what '{tokens[p].Text}' takes after the question's words" };
                }

                continue;
            }

            var end = p + 1;
            while (end < tokens.Count && end - p <= Longest && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Number)
                && !ClauseOpeners.Contains(tokens[end].Text) && !(end > p + 1 && Language.Words.CommonWords.IsPreposition(tokens[end].Text.ToLowerInvariant())))
            {
                end++;
            }

            if (end - p > Longest && SecondVerb(tokens, p + 1, end) is { } and)
            {
                end = and;
            }

            // The object must close within reach and hold a word of its own: "with the", cut off, names nothing.
            if (end == p + 1 || end - p > Longest || Enumerable.Range(p + 1, end - p - 1).All(k => Language.Words.CommonWords.IsFunctionWord(tokens[k].Text.ToLowerInvariant())))
            {
                continue;
            }

            var start = tokens[p + 1].Start;
            var stop = tokens[end - 1].End;
            var words = passage.Text[start..stop];
            if (IsTime(passage, start, stop) || Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                continue;
            }

            yield return new AnswerCandidate(passage, AnswerType.What, words, start, stop, 1.0) { Note = $"what '{tokens[p].Text}' takes after the question's words" };
        }
    }

    /// <summary>The most words a quoted object may run to ("of "hostile acts against the state"").</summary>
    private const int LongestQuoted = 10;

    /// <summary>
    /// 'convicted him of "hostile acts against the state"': an object opened by a quote mark right after the preposition
    /// runs to the closing mark (its prepositions are the quoted name's own); the first and last token inside the marks,
    /// or null when none opens there or it does not close within <see cref="LongestQuoted"/> words.
    /// </summary>
    private static (int First, int Last)? QuotedObject(List<Token> tokens, int p)
    {
        if (p + 2 >= tokens.Count || tokens[p + 1].Kind != TokenKind.Quote)
        {
            return null;
        }

        var close = tokens.FindIndex(p + 2, t => t.Kind == TokenKind.Quote);
        return close > p + 2 && close - p - 2 <= LongestQuoted && Enumerable.Range(p + 2, close - p - 2).All(k => tokens[k].IsWord || tokens[k].Kind == TokenKind.Number || tokens[k].Text is "-" or ",")
            ? (p + 2, close - 1) : null;
    }

    /// <summary>
    /// "left port to fish for blue crab and stopped answering radio calls": an "and" (or "or") followed by a verb's past
    /// form that is no noun opens the subject's next deed, so the object has ended before it. Read only when the object
    /// would otherwise run past <see cref="Longest"/>; the token index of that "and", or null.
    /// </summary>
    private static int? SecondVerb(List<Token> tokens, int from, int end)
    {
        var relations = Language.Relations.WordRelations.Default;
        for (var k = from + 1; k + 1 < end; k++)
        {
            var next = tokens[k + 1].Text.ToLowerInvariant();
            if (tokens[k].Text.ToLowerInvariant() is "and" or "or" && relations.IsPastForm(next) && !relations.IsNoun(next))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>One of the question's words stands within <see cref="Reach"/> words before the preposition, with no punctuation between.</summary>
    private static bool FollowsAskedWords(QuestionReading question, Passage passage, int p)
    {
        var tokens = passage.Analysis.Tokens;
        for (var k = p - 1; k >= 0 && p - k <= Reach && tokens[k].IsWord; k--)
        {
            if (question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.IsIn(passage.Analysis.TokenStems[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "seized the ship for breaking sanctions" asked "what did they use the ship for?": the preposition belongs to the
    /// question's verb only where the sentence says that verb before it (in any form); every word of the question that
    /// may be a verb must stand before the preposition.
    /// </summary>
    private static bool VerbsBefore(QuestionReading question, Passage passage, int p)
    {
        var relations = Language.Relations.WordRelations.Default;
        var stems = passage.Analysis.TokenStems;
        // "What did the coast guard say the crew hit the guards with?": who says it ("coast guard") stands anywhere in the
        // sentence ("..., the coast guard said"); those words are no verb of the clause.
        return question.Terms.Where(t => t.Role == TermRole.Content && relations.IsVerb(t.Word.ToLowerInvariant()) && !question.StrandedSpeaker.Contains(t.Word.ToLowerInvariant()))
            .All(t => Enumerable.Range(0, p).Any(k => stems[k].Contains(t.Stem) || t.Forms.Any(stems[k].Contains)));
    }

    /// <summary>"talked for three hours", "met on Monday": a date or a length of time is when, not the thing asked.</summary>
    private static bool IsTime(Passage passage, int start, int stop) =>
        passage.Of(AnnotationKind.Date).Concat(passage.Of(AnnotationKind.Duration)).Any(a => a.Start < stop && a.End > start);
}
