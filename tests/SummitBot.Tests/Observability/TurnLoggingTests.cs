using Microsoft.Extensions.Logging;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Observability;

/// <summary>Every log record of a turn carries its conversation id; the user's text is never logged at Information or above.</summary>
public sealed class TurnLoggingTests
{
    [Fact]
    public async Task LogsDuringATurnCarryTheConversationIdAndNeverTheText()
    {
        var logs = new LogCapture();
        await using var bot = ObservedBot.Start(logs, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        const string Secretive = "where is the second summit? my-private-words-7Qx";
        const string ConversationId = "logging-conversation-42";

        await new ActivityClient(bot.CreateClient(), ConversationId).AskAsync(Secretive);

        var informative = logs.Records.Where(r => r.Level >= LogLevel.Information).ToList();
        Assert.DoesNotContain(informative, r => r.FullText.Contains("my-private-words-7Qx", StringComparison.Ordinal));

        // A record written during the turn by any component carries the turn's ids as scope values.
        var turnRecords = logs.Records.Where(r => Equals(r.Scopes.GetValueOrDefault("ConversationId"), ConversationId)).ToList();
        Assert.True(turnRecords.Count > 0, string.Join("\n", logs.Records.Select(r => r.FullText)));
        Assert.All(turnRecords, r => Assert.Equal("message", r.Scopes["ActivityType"]));
    }
}
