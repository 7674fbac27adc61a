using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How much did the smugglers try to bring in?" asks what was attempted, which is often more than what was done: "the
/// seizure of 40 kilograms" says what was caught, not what was tried. A count or sum answers an attempt when its
/// sentence tells one ("tried to", "an attempt", "sought", "a bid"), or when the sentence after tells that it failed in
/// part ("Most were blocked, but ..."): the sentence before it then told the whole that was tried.
/// </summary>
internal static class AttemptAsked
{
    /// <summary>How much of its fit an amount keeps whose sentence tells no attempt, asked what was attempted.</summary>
    private const double NoAttempt = 0.5;

    /// <summary>Words that tell an attempt.</summary>
    private static readonly string[] Attempting = ["try", "tried", "attempt", "attempted", "seek", "sought", "bid", "effort", "aimed"];

    /// <summary>Words that tell an attempt failed, in whole or in part.</summary>
    private static readonly string[] Failing = ["blocked", "foiled", "thwarted", "failed", "stopped", "rejected", "intercepted", "halted", "seized", "confiscated"];

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (!question.AsksAttempt || question.Type is not (AnswerType.Amount or AnswerType.Number) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        return Tells(passage) ? 1.0 : NoAttempt;
    }

    /// <summary>Whether the passage tells an attempt: in its own words, or by the failure the sentence after it tells.</summary>
    public static bool Tells(Retrieval.Passage passage) =>
        Attempting.Any(w => passage.Analyze(w).Any(passage.Words.Contains)) || Failing.Any(w => passage.Analyze(w).Any(passage.After.Contains));

    /// <summary>The question's word of attempting ("try" of "did they try to take"), asked of amounts and counts.</summary>
    public static bool IsAttemptWord(QuestionReading question, QuestionTerm term) =>
        question.AsksAttempt && question.Type is AnswerType.Amount or AnswerType.Number && Attempting.Contains(term.Word.ToLowerInvariant());
}
