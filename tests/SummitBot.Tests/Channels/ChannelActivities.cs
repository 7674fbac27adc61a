using System.Text.Json.Nodes;

namespace SummitBot.Tests.Channels;

/// <summary>Incoming activities shaped as Teams and Slack (through Azure Bot Service) send them.</summary>
internal static class ChannelActivities
{
    public const string TeamsBotId = "28:7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
    public const string TeamsBotName = "Summit (Bot) [v2]*";
    public const string SlackBotUserId = "U0SUMMITBOT";

    private static int _next;

    /// <summary>A message in a Teams channel thread that @mentions the bot, with its mention entity.</summary>
    public static JsonObject TeamsChannelMessage(string question, string threadId, string? mentionName = TeamsBotName)
    {
        var id = "17000000" + Interlocked.Increment(ref _next).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var mention = mentionName is null ? null : $"<at>{mentionName}</at>";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/teams/",
            ["text"] = mention is null ? question : $"{mention} {question}",
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = "29:user-aad", ["name"] = "Ada Lovelace", ["aadObjectId"] = "0b7c3f9e-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = TeamsBotName },
            ["conversation"] = new JsonObject
            {
                ["id"] = $"{threadId};messageid={id}",
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = "72f988bf-0000-4000-8000-000000000000",
            },
            ["channelData"] = new JsonObject
            {
                ["teamsChannelId"] = threadId,
                ["teamsTeamId"] = "19:team@thread.tacv2",
                ["channel"] = new JsonObject { ["id"] = threadId },
                ["tenant"] = new JsonObject { ["id"] = "72f988bf-0000-4000-8000-000000000000" },
            },
            ["entities"] = new JsonArray(),
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

    /// <summary>A Slack app_mention event as Azure Bot Service delivers it (channelData carries the Slack event).</summary>
    public static JsonObject SlackMention(string question, string conversationId)
    {
        var text = $"<@{SlackBotUserId}> {question}";
        var ts = "1700000000." + Interlocked.Increment(ref _next).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = ts,
            ["channelId"] = "slack",
            ["serviceUrl"] = "http://127.0.0.1:9/slack/",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "U0USER0001:T0TEAM0001", ["name"] = "ada" },
            ["recipient"] = new JsonObject { ["id"] = "B0SUMMIT01:T0TEAM0001", ["name"] = "summitbot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["SlackMessage"] = new JsonObject
                {
                    ["token"] = "verification-token",
                    ["team_id"] = "T0TEAM0001",
                    ["api_app_id"] = "A0SUMMIT01",
                    ["type"] = "event_callback",
                    ["event"] = new JsonObject
                    {
                        ["type"] = "app_mention",
                        ["user"] = "U0USER0001",
                        ["text"] = text,
                        ["ts"] = ts,
                        ["channel"] = "C0GENERAL1",
                        ["event_ts"] = ts,
                    },
                },
                ["ApiToken"] = "xoxb-not-a-real-token",
            },
            ["deliveryMode"] = "expectReplies",
        };
    }
}
