namespace SummitBot.Channels.DirectLine;

/// <summary>
/// A live conversation a request may act on, as <see cref="DirectLineRequest.OpenAsync"/> found it: who is asking, the
/// conversation, and where in its transcript to start (null is "from the start").
/// </summary>
internal sealed record DirectLineOpened(DirectLineCredential Credential, DirectLineConversation Conversation, long? Watermark);
