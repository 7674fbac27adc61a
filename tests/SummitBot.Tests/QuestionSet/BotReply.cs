using System.Text.Json.Nodes;

namespace SummitBot.Tests.QuestionSet;

/// <summary>What a user sees of a reply: its text and the citations of its Teams citation entity.</summary>
public sealed record BotReply(string Text, IReadOnlyList<JsonObject> Citations)
{
    /// <summary>Reads the reply activity's JSON: its text and the <c>citation</c> items of the schema.org Message entity.</summary>
    public static BotReply From(JsonObject activity)
    {
        var citations = new List<JsonObject>();
        foreach (var entity in activity["entities"]?.AsArray() ?? [])
        {
            if (entity?["type"]?.GetValue<string>() == "https://schema.org/Message")
            {
                citations.AddRange((entity["citation"]?.AsArray() ?? []).Select(c => c!.AsObject()));
            }
        }

        return new BotReply(activity["text"]?.GetValue<string>() ?? string.Empty, citations);
    }
}
