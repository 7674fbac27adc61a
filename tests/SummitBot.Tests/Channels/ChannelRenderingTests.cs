using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.Channels;

/// <summary>
/// Replies as each channel shows them, through the real pipeline: suggested questions once (buttons where the channel
/// has them, else text), citation entities only where they are read, Slack's markup marked as markdown and nothing
/// Slack does not show, and every reply in en-US whatever locale the question came with.
/// </summary>
public sealed class ChannelRenderingTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    private const string Declined = "Where will the third summit be held?";
    private const string Cited = "where is the second summit?";
    private const string Greeting = "hello";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public static TheoryData<string> ChannelsWithButtons => ["emulator", "webchat", "directline", "msteams"];

    [Theory]
    [MemberData(nameof(ChannelsWithButtons))]
    public async Task ADeclineAndAGreetingShowTheirSuggestionsAsButtonsOnly(string channel)
    {
        foreach (var question in new[] { Declined, Greeting })
        {
            var reply = await AskAsync(channel, question);

            var buttons = Buttons(reply);
            Assert.InRange(buttons.Count, 1, 3);
            Assert.All(buttons, b => Assert.DoesNotContain(b, Text(reply), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SlackListsTheSameSuggestionsOnceAsTextAndNothingSlackDoesNotShow()
    {
        foreach (var question in new[] { Declined, Greeting })
        {
            var buttons = Buttons(await AskAsync("emulator", question));
            var reply = await AskAsync("slack", question);

            Assert.Null(reply["suggestedActions"]);
            Assert.All(buttons, b => Assert.Single(Regex.Matches(Text(reply), Regex.Escape(b))));
            AssertOnlyWhatSlackShows(reply);
        }
    }

    [Fact]
    public async Task SlackGetsACitedAnswerAsMarkdownWithoutTheTeamsEntity()
    {
        var reply = await AskAsync("slack", Cited);

        Assert.Contains("Hanoi", Text(reply), StringComparison.Ordinal);
        Assert.Contains("[1]", Text(reply), StringComparison.Ordinal);
        Assert.Contains("*Sources*", Text(reply), StringComparison.Ordinal);
        AssertOnlyWhatSlackShows(reply);
    }

    [Theory]
    [MemberData(nameof(ChannelsWithButtons))]
    public async Task TeamsWebChatAndTheEmulatorKeepTheCitationEntity(string channel)
    {
        var reply = await AskAsync(channel, Cited);

        var entity = Assert.Single(reply["entities"]!.AsArray(), e => (string?)e?["type"] == "https://schema.org/Message")!;
        Assert.Equal(1, (int)entity["citation"]![0]!["position"]!);
        Assert.Contains("[1]", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("slack")]
    public async Task EveryReplySaysEnUsWhateverTheQuestionsLocale(string channel)
    {
        foreach (var question in new[] { Cited, Declined, Greeting })
        {
            var activity = Message(channel, question, $"{channel}-{_run}-locale");
            activity["locale"] = "fr-FR";

            var reply = Assert.Single(await bot.AskAsync(activity));

            Assert.Equal("en-US", (string?)reply["locale"]);
        }
    }

    [Fact]
    public async Task ARetryIsAnsweredWithTheSameRepliesInEnUs()
    {
        var activity = Message("webchat", Cited, $"retry-{_run}");
        activity["locale"] = "de-DE";

        var first = Assert.Single(await bot.AskAsync(activity));
        var again = Assert.Single(await bot.AskAsync(activity));

        Assert.Equal(Text(first), Text(again));
        Assert.Equal("en-US", (string?)again["locale"]);
    }

    private static void AssertOnlyWhatSlackShows(JsonObject reply)
    {
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Null(reply["entities"]);
        Assert.Null(reply["attachments"]);
        Assert.Null(reply["channelData"]);
        Assert.DoesNotContain("**", Text(reply), StringComparison.Ordinal);
        Assert.InRange(Text(reply).Length, 1, 3_000);
    }

    private async Task<JsonObject> AskAsync(string channel, string question) =>
        Assert.Single(await bot.AskAsync(Message(channel, question, $"{channel}-{_run}-{Guid.NewGuid():N}")));

    /// <summary>A message as each channel sends it: Teams and Slack in their own shapes, the others as the Emulator does.</summary>
    private static JsonObject Message(string channel, string question, string conversationId) => channel switch
    {
        "msteams" => TeamsPersonalMessage(question, "a:" + conversationId, Ada),
        "slack" => SlackMention(question, $"{SlackBot}:C{conversationId}"),
        _ => new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = question,
            ["channelId"] = channel,
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        },
    };

    private static List<string> Buttons(JsonObject reply) =>
        [.. (reply["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(a => (string)a!["value"]!)];

    private static string Text(JsonObject reply) => (string?)reply["text"] ?? string.Empty;
}
