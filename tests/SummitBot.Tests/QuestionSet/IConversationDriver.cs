namespace SummitBot.Tests.QuestionSet;

/// <summary>Sends a user's message into one conversation with the bot and returns the bot's reply.</summary>
public interface IConversationDriver
{
    Task<BotReply> SendAsync(string conversationId, string text);
}
