using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The hull was rusted through, suggesting it had been at sea for years": the clause before ", suggesting ..."
/// (", indicating", ", showing" ...) is the evidence for what follows. It answers "why did the crew think it had been
/// at sea for years?" — a question with a verb of believing whose own words are in the clause inferred, not in the
/// evidence. It is no cause of the thing inferred: "why had it been at sea for years?" is not answered by it.
/// </summary>
internal static class EvidenceClause
{
    /// <summary>How well evidence fits a question of why someone believed something: fully, as a "because" clause (the question's verb of believing and its words in the inference are required).</summary>
    public const double Fit = 1.0;

    /// <summary>The fewest of the question's words the inferred clause must have.</summary>
    private const int InferredWords = 2;

    public static IEnumerable<AnswerCandidate> Find(QuestionReading question, Passage passage)
    {
        if (!question.Terms.Any(t => t.Role == TermRole.Content && InferenceWords.IsBelieving(t.Word)))
        {
            yield break;
        }

        var tokens = passage.Analysis.Tokens;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Text != "," || !InferenceWords.IsEvidenceParticiple(tokens[i + 1].Text))
            {
                continue;
            }

            // The evidence runs back to the sentence's start, or to a semicolon; the inference to the sentence's end.
            var from = 0;
            for (var k = i - 1; k >= 0; k--)
            {
                if (tokens[k].Text == ";")
                {
                    from = k + 1;
                    break;
                }
            }

            if (i - from < 3 || tokens.Take(i).Skip(from).Any(t => t.Kind == Language.TokenKind.Quote))
            {
                continue;
            }

            var end = tokens.Count;
            for (var k = i + 2; k < tokens.Count; k++)
            {
                if (tokens[k].Text is ";" or ".")
                {
                    end = k;
                    break;
                }
            }

            var evidence = passage.Analysis.StemsBetween(tokens[from].Start, tokens[i].Start);
            var inferred = passage.Analysis.StemsBetween(tokens[i + 1].Start, tokens[end - 1].End);
            var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && !InferenceWords.IsBelieving(t.Word)).ToList();
            var inInferred = asked.Count(t => inferred.Contains(t.Stem));
            var inEvidence = asked.Count(t => evidence.Contains(t.Stem));
            if (inInferred < InferredWords || inInferred <= inEvidence)
            {
                continue;
            }

            var start = tokens[from].Start;
            var stop = tokens[i - 1].End;
            yield return new AnswerCandidate(passage, AnswerType.Reason, passage.Text[start..stop], start, stop, Fit) { Note = $"evidence ({tokens[i + 1].Text.ToLowerInvariant()})" };
        }
    }
}
