using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The ferry had no spare engine, so the crew sailed the old boat": the clause before ", so" is the reason for the one
/// after it. Asked why the deed after "so" was done (the question's verb is in that clause), the clause before it
/// answers, as a "because" would. Not "so far", "so much", "so that" (a reason clause of its own) and the like, where
/// "so" opens no clause.
/// </summary>
internal static class SoClause
{
    /// <summary>How well a reason told by ", so" fits: as an "as" or "since" does.</summary>
    private const double Fit = 0.7;

    /// <summary>The fewest words the reason clause may have ("the road was closed").</summary>
    private const int FewestWords = 3;

    /// <summary>Words after "so" that make it an adverb of degree or part of a phrase, opening no clause.</summary>
    private static readonly HashSet<string> NoClause = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "far", "much", "many", "long", "few", "little", "as", "too", "very", "called", "to", "on", "forth", "it", "soon",
    };

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var verbs = question.VerbTerms();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 2; i + 1 < tokens.Count && verbs.Count > 0; i++)
        {
            if (!tokens[i].Is("so") || tokens[i - 1].Text != "," || !tokens[i + 1].IsWord || NoClause.Contains(tokens[i + 1].Text)
                || !AfterHasVerb(tokens, stems, i + 1, verbs))
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && tokens[start - 1].Text is not ("," or ";" or ":" or "\u2014"))
            {
                start--;
            }

            if (Enumerable.Range(start, i - 1 - start).Count(k => tokens[k].IsWord) >= FewestWords)
            {
                var from = tokens[start].Start;
                var to = tokens[i - 2].End;
                yield return new AnswerCandidate(passage, AnswerType.Reason, passage.Text[from..to], from, to, Fit) { Note = "reason clause (, so)" };
            }
        }
    }

    /// <summary>Whether the clause from <paramref name="from"/> to the sentence's end has one of the question's verbs.</summary>
    private static bool AfterHasVerb(List<Language.Token> tokens, IReadOnlyList<string[]> stems, int from, List<QuestionTerm> verbs)
    {
        for (var k = from; k < tokens.Count && tokens[k].Text is not ("." or ";"); k++)
        {
            if (verbs.Any(v => stems[k].Contains(v.Stem)))
            {
                return true;
            }
        }

        return false;
    }
}
