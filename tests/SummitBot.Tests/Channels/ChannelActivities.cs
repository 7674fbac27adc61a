using System.Globalization;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.Channels;

/// <summary>
/// Incoming activities shaped as Teams and Slack (through Azure Bot Service) send them: Teams personal chats, group
/// chats and channel threads with the person who wrote, mention entities, tenant and client info; Slack events with the
/// user, channel and thread. Two people, <see cref="Ada"/> and <see cref="Grace"/>, to talk in the same conversation.
/// </summary>
internal static class ChannelActivities
{
    public const string TeamsBotId = "28:7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
    public const string TeamsBotName = "Summit (Bot) [v2]*";
    public const string SlackBotUserId = "U0SUMMITBOT";
    public const string SlackBot = "B0SUMMIT01:T0TEAM0001";
    private const string TenantId = "72f988bf-0000-4000-8000-000000000000";

    public static readonly Person Ada = new("29:1ada-aad-user", "Ada Lovelace", "0b7c3f9e-0000-4000-8000-000000000001", "U0ADA00001");
    public static readonly Person Grace = new("29:1grace-aad-user", "Grace Hopper", "0b7c3f9e-0000-4000-8000-000000000002", "U0GRACE001");

    private static int _next;

    /// <summary>Someone in Teams (their Teams id, name and Entra object id) and in Slack (their Slack user id).</summary>
    internal sealed record Person(string TeamsId, string Name, string AadObjectId, string SlackUserId)
    {
        /// <summary>The user's id in Slack activities of Azure Bot Service: <c>{user}:{team}</c>.</summary>
        public string SlackId => SlackUserId + ":T0TEAM0001";
    }

    /// <summary>
    /// A message in a Teams channel that @mentions the bot. With <paramref name="threadRootId"/>, a reply in that thread
    /// (conversation id <c>{channel};messageid={root}</c>); without, a new post that starts its own thread.
    /// </summary>
    public static JsonObject TeamsChannelMessage(string question, string channelId, string? mentionName = TeamsBotName, Person? from = null, string? threadRootId = null)
    {
        var id = NextTeamsId();
        var activity = TeamsMessage(question, id, from ?? Ada, mentionName, new JsonObject
        {
            ["id"] = $"{channelId};messageid={threadRootId ?? id}",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
        });
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = channelId,
            ["teamsTeamId"] = "19:team@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    /// <summary>A message in a Teams group chat (<c>conversationType: groupChat</c>) that @mentions the bot.</summary>
    public static JsonObject TeamsGroupChatMessage(string question, string chatId, Person from) =>
        TeamsMessage(question, NextTeamsId(), from, TeamsBotName, new JsonObject
        {
            ["id"] = chatId,
            ["conversationType"] = "groupChat",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
        });

    /// <summary>A message in a Teams personal chat with the bot: no mention, <c>conversationType: personal</c>.</summary>
    public static JsonObject TeamsPersonalMessage(string question, string chatId, Person from) =>
        TeamsMessage(question, NextTeamsId(), from, mentionName: null, new JsonObject
        {
            ["id"] = chatId,
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
        });

    /// <summary>
    /// Teams' <c>installationUpdate</c> when the app is added (<c>add</c>) or updated (<c>add-upgrade</c>): in a personal
    /// chat (<paramref name="conversationType"/> <c>personal</c>), a group chat or a team's channel.
    /// </summary>
    public static JsonObject TeamsInstallation(string conversationId, string conversationType, string action = "add")
    {
        var activity = TeamsEvent("installationUpdate", conversationId, conversationType);
        activity["action"] = action;
        return activity;
    }

    /// <summary>Teams' <c>conversationUpdate</c> with <c>membersAdded</c> (the bot's id or people's).</summary>
    public static JsonObject TeamsMembersAdded(string conversationId, string conversationType, params string[] memberIds)
    {
        var activity = TeamsEvent("conversationUpdate", conversationId, conversationType);
        activity["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        return activity;
    }

    /// <summary>
    /// A Slack <c>app_mention</c> as Azure Bot Service delivers it (channelData carries the Slack event). With
    /// <paramref name="threadTs"/>, a message in that thread.
    /// </summary>
    public static JsonObject SlackMention(string question, string conversationId, Person? from = null, string? threadTs = null)
    {
        var person = from ?? Ada;
        var text = $"<@{SlackBotUserId}> {question}";
        var ts = "1700000000." + Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture);
        var slackEvent = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = person.SlackUserId,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = conversationId.Split(':')[^1],
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            slackEvent["thread_ts"] = threadTs;
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = ts,
            ["channelId"] = "slack",
            ["serviceUrl"] = "http://127.0.0.1:9/slack/",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = person.SlackId, ["name"] = person.Name },
            ["recipient"] = new JsonObject { ["id"] = SlackBot, ["name"] = "summitbot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["SlackMessage"] = new JsonObject
                {
                    ["token"] = "verification-token",
                    ["team_id"] = "T0TEAM0001",
                    ["api_app_id"] = "A0SUMMIT01",
                    ["type"] = "event_callback",
                    ["event"] = slackEvent,
                },
                ["ApiToken"] = "xoxb-not-a-real-token",
            },
            ["deliveryMode"] = "expectReplies",
        };
    }

    /// <summary>A Slack <c>conversationUpdate</c> from Azure Bot Service: members joined a channel (the bot's id or people's).</summary>
    public static JsonObject SlackMembersAdded(string conversationId, params string[] memberIds) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "slack-update-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture),
        ["channelId"] = "slack",
        ["serviceUrl"] = "http://127.0.0.1:9/slack/",
        ["from"] = new JsonObject { ["id"] = Ada.SlackId },
        ["recipient"] = new JsonObject { ["id"] = SlackBot, ["name"] = "summitbot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true },
        ["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]),
        ["deliveryMode"] = "expectReplies",
    };

    private static JsonObject TeamsMessage(string question, string id, Person from, string? mentionName, JsonObject conversation)
    {
        var mention = mentionName is null ? null : $"<at>{mentionName}</at>";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/teams/",
            ["text"] = mention is null ? question : $"{mention} {question}",
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = TeamsBotName },
            ["conversation"] = conversation,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = "en-US",
                ["country"] = "US",
                ["platform"] = "Web",
                ["timezone"] = "Europe/London",
            }),
            ["deliveryMode"] = "expectReplies",
        };
        if (mention is not null)
        {
            activity["entities"]!.AsArray().Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = mentionName },
            });
        }

        return activity;
    }

    private static JsonObject TeamsEvent(string type, string conversationId, string conversationType)
    {
        var conversation = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId };
        if (conversationType != "personal")
        {
            conversation["isGroup"] = true;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/teams/",
            ["from"] = new JsonObject { ["id"] = Ada.TeamsId, ["aadObjectId"] = Ada.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = TeamsBotName },
            ["conversation"] = conversation,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["deliveryMode"] = "expectReplies",
        };
    }

    private static string NextTeamsId() =>
        "17000000" + Interlocked.Increment(ref _next).ToString("D5", CultureInfo.InvariantCulture);
}
