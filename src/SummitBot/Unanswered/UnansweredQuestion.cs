using SummitBot.Answering;

namespace SummitBot.Unanswered;

/// <summary>
/// A question the bot declined (or answered with low confidence), as a curator needs it: the words asked (after the
/// channel's mentions are removed), when, on which channel, what kind of answer it asked for and why it was declined.
/// Nothing that identifies the person or the conversation.
/// </summary>
public sealed record UnansweredQuestion(DateTimeOffset At, string Channel, string Text, AnswerType? Asked, DeclineReason? Reason);
