using SummitBot.Answering;
using SummitBot.Tests.QuestionSet;

namespace SummitBot.Benchmarks.Answering;

/// <summary>
/// The questions the answering benchmarks ask: every question of the question set (as the channel layer reads it), each with the follow-up context
/// its conversation had built by then, so follow-ups ("and when?") cost what they cost in a real conversation.
/// </summary>
internal static class QuestionMix
{
    /// <summary>(question, context before it) pairs, in question-set order, contexts taken from <paramref name="answers"/>.</summary>
    public static IReadOnlyList<(string Question, FollowUpContext Context)> From(IAnswerService answers)
    {
        var mix = new List<(string, FollowUpContext)>();
        foreach (var c in QuestionCase.All)
        {
            var context = FollowUpContext.Empty;
            foreach (var question in c.Ask)
            {
                var read = IncomingQuestion.Read(question);
                mix.Add((read, context));
                context = answers.Ask(read, context).Context;
            }
        }

        return mix;
    }
}
