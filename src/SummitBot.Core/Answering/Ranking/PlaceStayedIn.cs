using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where will the command move to?" and "the command will stay in Seoul for now, because the allies have not agreed
/// where to put it": asked where something goes, a place governed by a verb of staying ("stay in", "remained at") is
/// where it is kept instead, the opposite of where it goes.
/// </summary>
internal static class PlaceStayedIn
{
    /// <summary>How much of its fit a place keeps where the sentence says the thing stays.</summary>
    private const double Stayed = 0.2;

    /// <summary>How many words may stand between the preposition and the place ("in the South Korean capital of").</summary>
    private const int Reach = 4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (!question.AsksWhereTo || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0)
        {
            return 1.0;
        }

        // Back from the place to its preposition, over its article and describing words only.
        var k = at - 1;
        while (k >= 0 && at - k <= Reach && tokens[k].IsWord && !CommonWords.IsPreposition(tokens[k].Text))
        {
            k--;
        }

        if (k < 1 || tokens[k].Text.ToLowerInvariant() is not ("in" or "at"))
        {
            return 1.0;
        }

        var verb = k - 1;
        if (verb > 0 && StayingVerbs.IsParticle(tokens[verb].Text))
        {
            verb--;
        }

        return StayingVerbs.IsStaying(tokens[verb].Text) ? Stayed : 1.0;
    }
}
