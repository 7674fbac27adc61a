using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did the storm flatten besides the pier?" and "The storm flattened the pier as well as two boathouses and a
/// kiosk": the sentence names the thing set aside and then, after a joining phrase that adds to it ("as well as",
/// "along with", "together with"), the other things done alike. The answer is what the joining phrase adds, up to the
/// clause's end; the thing set aside must come before it and not after, and a word of the question's before both, so
/// the addition belongs to the asked doing.
/// </summary>
internal static class AddedToExcluded
{
    /// <summary>Fit of the added things: as sure as the clause after the question's word.</summary>
    private const double Fit = 0.7;

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var width = Joining(tokens, i);
            if (width == 0)
            {
                continue;
            }

            var firstSetAside = Enumerable.Range(0, i).FirstOrDefault(k => stems[k].Any(question.Excluded.Contains), -1);
            var end = i + width;
            while (end < tokens.Count && tokens[end].Text is not ("," or "." or ";" or "!" or "?" or "\u2014"))
            {
                end++;
            }

            var setAsideAfter = Enumerable.Range(i + width, end - i - width).Any(k => stems[k].Any(question.Excluded.Contains));
            var askedBefore = firstSetAside > 0 && Enumerable.Range(0, firstSetAside).Any(k => stems[k].Any(s => asked.Any(t => t.Stem == s)));
            if (firstSetAside < 0 || setAsideAfter || !askedBefore || end == i + width)
            {
                continue;
            }

            var from = tokens[i + width].Start;
            var to = tokens[end - 1].End;
            yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[from..to], from, to, Fit) { Note = "what is added to the thing set aside" };
        }
    }

    /// <summary>How many words the joining phrase at <paramref name="i"/> has ("as well as": 3, "along with": 2), or 0.</summary>
    private static int Joining(List<Language.Token> tokens, int i)
    {
        string At(int k) => k < tokens.Count ? tokens[k].Text.ToLowerInvariant() : "";
        return At(i) == "as" && At(i + 1) == "well" && At(i + 2) == "as" ? 3
            : At(i) is "along" or "together" && At(i + 1) == "with" ? 2
            : 0;
    }
}
