using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did Kim and Moon sign the Pyongyang declaration?" and "Kim has offered to dismantle the complex at Yongbyon
/// ..., according to a joint declaration he signed with Moon in Pyongyang": the place the sentence gives for the thing
/// asked ("signed ... in Pyongyang") is one the question names itself, so it says nothing more about where; its other
/// places (Yongbyon) belong to something else it tells. A place between the verb and the named one ("signed at the
/// guesthouse in Pyongyang") is the finer answer and keeps its fit.
/// </summary>
internal static class PlaceAlreadyNamed
{
    /// <summary>How much of its fit a place keeps that stands outside what the sentence says of the thing asked.</summary>
    private const double Elsewhere = 0.5;

    /// <summary>How many words after the verb its place may stand ("signed with South Korean President Moon Jae-in in Pyongyang").</summary>
    private const int Reach = 12;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsVerbAsked(question, tokens[i].Text, stems[i]) && NamedPlaceAfter(question, passage, i) is { } end
                && (candidate.Start < tokens[i].Start || candidate.End > end))
            {
                return Elsewhere;
            }
        }

        return 1.0;
    }

    private static bool IsVerbAsked(QuestionReading question, string word, string[] stems)
    {
        foreach (var term in question.Terms)
        {
            if (term.Role == TermRole.Content && term.IsIn(stems) && Language.Relations.WordRelations.Default.IsVerb(term.Word.ToLowerInvariant())
                && !string.Equals(word, term.Word, StringComparison.OrdinalIgnoreCase))
            {
                // The verb inflected ("signed" for "sign"): a noun of the same spelling ("the sign") is not the act.
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a place the question names, said with "in" or "at" within reach after the verb at <paramref name="verb"/>.</summary>
    private static int? NamedPlaceAfter(QuestionReading question, Retrieval.Passage passage, int verb)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var j = verb + 2; j < Math.Min(tokens.Count, verb + Reach); j++)
        {
            var before = tokens[j - 1].Text;
            if (!before.Equals("in", StringComparison.OrdinalIgnoreCase) && !before.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var place in passage.Of(AnnotationKind.Place))
            {
                if (place.Start == tokens[j].Start && question.Terms.Any(t => t.Role == TermRole.Name && t.IsIn(stems[j])))
                {
                    return place.End;
                }
            }
        }

        return null;
    }
}
