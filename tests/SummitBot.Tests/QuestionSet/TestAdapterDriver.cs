using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SummitBot.Tests.QuestionSet;

/// <summary>Talks to the bot through the Bot Framework SDK's TestAdapter: the bot's turn handling without HTTP.</summary>
public sealed class TestAdapterDriver(IBot bot) : IConversationDriver
{
    private readonly Dictionary<string, TestAdapter> _adapters = [];

    public async Task<BotReply> SendAsync(string conversationId, string text)
    {
        if (!_adapters.TryGetValue(conversationId, out var adapter))
        {
            _adapters[conversationId] = adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "user-1", "summitbot"));
        }

        await adapter.SendTextToBotAsync(text, bot.OnTurnAsync, CancellationToken.None);
        IActivity? reply;
        IMessageActivity? message = null;
        while ((reply = adapter.GetNextReply()) is not null)
        {
            message ??= reply.AsMessageActivity();
        }

        if (message is null)
        {
            throw new InvalidOperationException($"no message reply to '{text}'");
        }

        return BotReply.From(JsonNode.Parse(JsonConvert.SerializeObject(message))!.AsObject());
    }
}
