using System.Text.Json.Nodes;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.Channels;

/// <summary>
/// Welcomes where they help, with the activities Teams and Slack (through Azure Bot Service) send: a personal chat is
/// welcomed once when the bot is installed for the person; a team or group chat gets one short introduction when the
/// bot is added there, and nothing when people join; an app update greets no one.
/// </summary>
public sealed class WelcomeTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task TeamsWelcomesAPersonOnceWhenTheBotIsInstalledForThem()
    {
        var chat = $"a:{_run}-personal";

        // Teams sends both when the app is added to a personal chat.
        var onInstall = await bot.AskAsync(TeamsInstallation(chat, "personal"));
        var onUpdate = await bot.AskAsync(TeamsMembersAdded(chat, "personal", TeamsBotId));

        var welcome = Assert.Single(onInstall);
        Assert.Empty(onUpdate);
        Assert.False(string.IsNullOrWhiteSpace(Text(welcome)));
        Assert.NotEmpty(Buttons(welcome));
        Assert.All(Buttons(welcome), b => Assert.DoesNotContain(b, Text(welcome), StringComparison.Ordinal));
        Assert.DoesNotContain(welcome["entities"]?.AsArray() ?? [], e => (string?)e?["type"] == "https://schema.org/Message");
    }

    [Theory]
    [InlineData("groupChat", "19:{0}chat@thread.v2")]
    [InlineData("channel", "19:{0}general@thread.tacv2")]
    public async Task TeamsIntroducesItselfOnceWhereItIsAddedAndNotWhenPeopleJoin(string conversationType, string idFormat)
    {
        var conversation = string.Format(System.Globalization.CultureInfo.InvariantCulture, idFormat, _run);
        var personal = Assert.Single(await bot.AskAsync(TeamsInstallation($"a:{_run}-ref", "personal")));

        var onInstall = await bot.AskAsync(TeamsInstallation(conversation, conversationType));
        var onBotAdded = await bot.AskAsync(TeamsMembersAdded(conversation, conversationType, TeamsBotId));
        var onPeopleJoining = await bot.AskAsync(TeamsMembersAdded(conversation, conversationType, Grace.TeamsId, "29:1someone-else"));

        var introduction = Assert.Single(onInstall);
        Assert.Empty(onBotAdded);
        Assert.Empty(onPeopleJoining);
        AssertShortIntroduction(introduction, personal);
        Assert.Equal(conversation, (string?)introduction["conversation"]?["id"]);
    }

    [Fact]
    public async Task TeamsGreetsNoOneWhenTheAppIsUpdated()
    {
        Assert.Empty(await bot.AskAsync(TeamsInstallation($"a:{_run}-upgrade", "personal", action: "add-upgrade")));
        Assert.Empty(await bot.AskAsync(TeamsInstallation($"19:{_run}upgrade@thread.v2", "groupChat", action: "add-upgrade")));
    }

    [Fact]
    public async Task SlackIntroducesItselfWhenAddedToAChannelAndNotWhenPeopleJoin()
    {
        var channel = $"{SlackBot}:C{_run}";
        var personal = Assert.Single(await bot.AskAsync(TeamsInstallation($"a:{_run}-ref-slack", "personal")));

        var onBotAdded = await bot.AskAsync(SlackMembersAdded(channel, SlackBot));
        var onPeopleJoining = await bot.AskAsync(SlackMembersAdded(channel, Grace.SlackId));

        var introduction = Assert.Single(onBotAdded);
        Assert.Empty(onPeopleJoining);
        AssertShortIntroduction(introduction, personal);
        Assert.Equal("markdown", (string?)introduction["textFormat"]);
    }

    /// <summary>
    /// Shorter than the personal welcome's text and suggestions together, no buttons, no list of questions: at most one
    /// example, in the sentence that says to mention the bot.
    /// </summary>
    private static void AssertShortIntroduction(JsonObject introduction, JsonObject personalWelcome)
    {
        var text = Text(introduction);
        Assert.Null(introduction["suggestedActions"]);
        Assert.Contains("Mention me", text, StringComparison.Ordinal);
        Assert.InRange(Buttons(personalWelcome).Count(b => text.Contains(b, StringComparison.Ordinal)), 0, 1);
        Assert.DoesNotContain("\n", text.Trim(), StringComparison.Ordinal);
        Assert.True(text.Length < Text(personalWelcome).Length + Buttons(personalWelcome).Sum(b => b.Length), text);
    }

    private static List<string> Buttons(JsonObject reply) =>
        [.. (reply["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(a => (string)a!["value"]!)];

    private static string Text(JsonObject reply) => (string?)reply["text"] ?? string.Empty;
}
