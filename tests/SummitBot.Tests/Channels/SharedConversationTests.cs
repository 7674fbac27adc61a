using System.Text.Json.Nodes;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.Channels;

/// <summary>
/// Two people asking in the same Teams group chat, Teams channel thread or Slack channel: each one's follow-up ("What
/// is his title?") is read against their own last question there. Judged without the answering core's wording: each
/// follow-up must be the reply the same two questions get in a personal chat, and the two people's must differ.
/// </summary>
public sealed class SharedConversationTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    private const string AskKim = "Who is Kim Hyok Chol?";
    private const string AskBiegun = "Who is Stephen Biegun?";
    private const string FollowUp = "What is his title?";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task TeamsGroupChatFollowUpsAreReadPerPerson()
    {
        var (kimTitle, biegunTitle) = await TeamsPersonalReferencesAsync();
        var chat = $"19:{_run}group@thread.v2";

        await AskAsync(TeamsGroupChatMessage(AskKim, chat, Ada));
        await AskAsync(TeamsGroupChatMessage(AskBiegun, chat, Grace));
        var adas = await AskAsync(TeamsGroupChatMessage(FollowUp, chat, Ada));
        var graces = await AskAsync(TeamsGroupChatMessage(FollowUp, chat, Grace));

        AssertCitedAndSame(kimTitle, adas);
        AssertCitedAndSame(biegunTitle, graces);
    }

    [Fact]
    public async Task TeamsChannelThreadFollowUpsAreReadPerPersonAndPerThread()
    {
        var (kimTitle, biegunTitle) = await TeamsPersonalReferencesAsync();
        var channel = $"19:{_run}channel@thread.tacv2";

        // Ada's post starts a thread; Grace replies in it; each follows up in it.
        var post = TeamsChannelMessage(AskKim, channel, from: Ada);
        await AskAsync(post);
        var root = (string)post["id"]!;
        await AskAsync(TeamsChannelMessage(AskBiegun, channel, from: Grace, threadRootId: root));
        var adas = await AskAsync(TeamsChannelMessage(FollowUp, channel, from: Ada, threadRootId: root));
        var graces = await AskAsync(TeamsChannelMessage(FollowUp, channel, from: Grace, threadRootId: root));

        AssertCitedAndSame(kimTitle, adas);
        AssertCitedAndSame(biegunTitle, graces);

        // In another thread of the same channel Ada has asked nothing yet: the follow-up has nothing to refer to.
        var withoutContext = await AskAsync(TeamsPersonalMessage(FollowUp, $"a:{_run}-nobody", Ada));
        var otherThread = await AskAsync(TeamsChannelMessage(FollowUp, channel, from: Ada));
        Assert.Equal(Text(withoutContext), Text(otherThread));
        Assert.NotEqual(Text(adas), Text(otherThread));
    }

    [Fact]
    public async Task SlackChannelFollowUpsAreReadPerPersonAndPerThread()
    {
        var kimTitle = await AskInTurnAsync(SlackMention(AskKim, $"{SlackBot}:D{_run}A", Ada), SlackMention(FollowUp, $"{SlackBot}:D{_run}A", Ada));
        var biegunTitle = await AskInTurnAsync(SlackMention(AskBiegun, $"{SlackBot}:D{_run}G", Grace), SlackMention(FollowUp, $"{SlackBot}:D{_run}G", Grace));
        Assert.NotEqual(Text(kimTitle), Text(biegunTitle));
        var channel = $"{SlackBot}:C{_run}";

        await AskAsync(SlackMention(AskKim, channel, Ada));
        await AskAsync(SlackMention(AskBiegun, channel, Grace));
        Assert.Equal(Text(kimTitle), Text(await AskAsync(SlackMention(FollowUp, channel, Ada))));
        Assert.Equal(Text(biegunTitle), Text(await AskAsync(SlackMention(FollowUp, channel, Grace))));

        // The same person in two threads of the channel: each thread keeps its own context.
        await AskAsync(SlackMention(AskBiegun, channel, Ada, threadTs: "1700000001.000100"));
        await AskAsync(SlackMention(AskKim, channel, Ada, threadTs: "1700000002.000100"));
        Assert.Equal(Text(biegunTitle), Text(await AskAsync(SlackMention(FollowUp, channel, Ada, threadTs: "1700000001.000100"))));
        Assert.Equal(Text(kimTitle), Text(await AskAsync(SlackMention(FollowUp, channel, Ada, threadTs: "1700000002.000100"))));
    }

    [Fact]
    public async Task APersonalChatKeepsOneContextForTheConversation()
    {
        var (kimTitle, _) = await TeamsPersonalReferencesAsync();
        var chat = $"a:{_run}-personal";

        await AskAsync(TeamsPersonalMessage(AskKim, chat, Ada));
        var followUp = await AskAsync(TeamsPersonalMessage(FollowUp, chat, Ada));

        AssertCitedAndSame(kimTitle, followUp);
    }

    /// <summary>What "What is his title?" gets after each question in a personal Teams chat of its own; the two must differ.</summary>
    private async Task<(JsonObject KimTitle, JsonObject BiegunTitle)> TeamsPersonalReferencesAsync()
    {
        var kim = await AskInTurnAsync(TeamsPersonalMessage(AskKim, $"a:{_run}-ref-kim", Ada), TeamsPersonalMessage(FollowUp, $"a:{_run}-ref-kim", Ada));
        var biegun = await AskInTurnAsync(TeamsPersonalMessage(AskBiegun, $"a:{_run}-ref-biegun", Grace), TeamsPersonalMessage(FollowUp, $"a:{_run}-ref-biegun", Grace));
        Assert.NotEqual(Text(kim), Text(biegun));
        Assert.NotNull(CitationEntity(kim));
        return (kim, biegun);
    }

    private async Task<JsonObject> AskInTurnAsync(JsonObject question, JsonObject followUp)
    {
        await AskAsync(question);
        return await AskAsync(followUp);
    }

    private async Task<JsonObject> AskAsync(JsonObject activity) => Assert.Single(await bot.AskAsync(activity));

    private static void AssertCitedAndSame(JsonObject expected, JsonObject reply)
    {
        Assert.Equal(Text(expected), Text(reply));
        Assert.Equal(CitationEntity(expected)?.ToJsonString(), CitationEntity(reply)?.ToJsonString());
        Assert.NotNull(CitationEntity(reply));
    }

    private static string Text(JsonObject reply) => (string?)reply["text"] ?? string.Empty;

    private static JsonNode? CitationEntity(JsonObject reply) =>
        reply["entities"]?.AsArray().FirstOrDefault(e => (string?)e?["type"] == "https://schema.org/Message");
}
