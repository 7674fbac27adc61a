using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SummitBot.Channels.Teams;

/// <summary>
/// Teams' feedback buttons (thumbs up/down under an answer that carried <c>channelData.feedbackLoop</c>): Teams sends
/// a <c>message/submitAction</c> invoke whose <c>replyToId</c> is the rated answer. The feedback is recorded in the log
/// with the conversation and the answer it rates; the invoke is answered 200 with an empty body, as Teams requires.
/// </summary>
public sealed partial class TeamsFeedback(ILogger<TeamsFeedback> logger)
{
    public const string InvokeName = "message/submitAction";

    /// <summary>Whether the invoke is Teams' feedback submission.</summary>
    public static bool IsFeedback(IInvokeActivity activity) =>
        string.Equals(activity.Name, InvokeName, StringComparison.Ordinal)
        && string.Equals(ActionName(activity), "feedback", StringComparison.OrdinalIgnoreCase);

    /// <summary>Records the feedback and returns the invoke's answer: 200, no body.</summary>
    public InvokeResponse Record(IInvokeActivity activity)
    {
        var actionValue = Value(activity)?["actionValue"] as JObject;
        var reaction = Normalize((string?)actionValue?["reaction"]);
        var comment = Comment(actionValue?["feedback"]);

        // The comment is the user's own words: only at Debug, like other user text.
        LogFeedback(logger, reaction, activity.Conversation?.Id, activity.ReplyToId, comment.Length > 0);
        if (comment.Length > 0)
        {
            LogComment(logger, activity.Conversation?.Id, activity.ReplyToId, comment);
        }

        return new InvokeResponse { Status = 200 };
    }

    private static JObject? Value(IInvokeActivity activity) => activity.Value switch
    {
        JObject value => value,
        string json when json.TrimStart().StartsWith('{') => TryParse(json),
        _ => null,
    };

    private static string? ActionName(IInvokeActivity activity) => (string?)Value(activity)?["actionName"];

    private static string Normalize(string? reaction) => reaction?.ToLowerInvariant() switch
    {
        "like" => "like",
        "dislike" => "dislike",
        _ => "unknown",
    };

    /// <summary>Teams sends the comment as a JSON string <c>{"feedbackText": "…"}</c> inside the value.</summary>
    private static string Comment(JToken? feedback)
    {
        var parsed = feedback switch
        {
            JObject value => value,
            JValue { Type: JTokenType.String } text => TryParse((string)text!),
            _ => null,
        };
        return ((string?)parsed?["feedbackText"])?.Trim() ?? string.Empty;
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            return JToken.Parse(json) as JObject;
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Feedback {Reaction} in conversation {ConversationId} on answer {AnswerId} (comment: {HasComment})")]
    private static partial void LogFeedback(ILogger logger, string reaction, string? conversationId, string? answerId, bool hasComment);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Feedback comment in conversation {ConversationId} on answer {AnswerId}: {Comment}")]
    private static partial void LogComment(ILogger logger, string? conversationId, string? answerId, string comment);
}
