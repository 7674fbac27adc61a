using SummitBot.Answering;

namespace SummitBot.Tests.Channels;

/// <summary>Answers of chosen shapes and sizes, for the channel shapers (which must cope with any answer the core gives).</summary>
internal static class SampleAnswers
{
    public static Answer Answered(string text, int passageLength, Uri? url = null, string title = "Trump and Kim to meet again") =>
        new(
            AnswerKind.Answered,
            text,
            [new Citation(1, "seed", title, url, Passage(passageLength), Passage(Math.Min(passageLength, 150)))],
            [],
            FollowUpContext.Empty);

    public static Answer Declined() =>
        new(AnswerKind.Declined, "Sorry, that's not in my sources.", [], ["Where is the second summit?", "Who is Stephen Biegun?"], FollowUpContext.Empty);

    private static string Passage(int length) =>
        string.Concat(Enumerable.Repeat("The summit will be held in Hanoi. ", (length / 34) + 1))[..length].TrimEnd();
}
