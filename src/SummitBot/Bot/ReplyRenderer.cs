using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;
using SummitBot.Channels;

namespace SummitBot.Bot;

/// <summary>
/// Turns an <see cref="Answer"/> into the one reply activity for the channel it goes to: the text as the channel shows it
/// (<see cref="ChannelReplies"/>), and where the channel shows them, the citation entity (Teams, Web Chat, the Emulator,
/// Direct Line) and the suggested questions as buttons, never also as text. Every reply is in <see cref="Locale"/>.
/// </summary>
public sealed class ReplyRenderer
{
    /// <summary>Teams accepts at most 20 citations per message.</summary>
    internal const int MaxCitations = 20;

    /// <summary>The language of every reply: the answering core writes English, whatever locale the question came with.</summary>
    public const string Locale = "en-US";

    public IMessageActivity Render(Answer answer, IActivity incoming)
    {
        var reply = ChannelReplies.Create(answer, incoming.ChannelId);
        reply.Locale = Locale;
        if (!ChannelReplies.ShowsButtonsAndEntities(incoming.ChannelId))
        {
            return reply;
        }

        if (answer.Citations.Count > 0)
        {
            reply.Entities = [CitationEntity(answer.Citations)];
        }

        if (answer.Suggestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. answer.Suggestions.Select(s => new CardAction(ActionTypes.ImBack, s, value: s))],
            };
        }

        return reply;
    }

    /// <summary>The one root schema.org Message entity Teams reads citations from; positions match the text's markers.</summary>
    internal static Entity CitationEntity(IReadOnlyList<Citation> citations)
    {
        var claims = new JArray();
        foreach (var citation in citations.Take(MaxCitations))
        {
            var appearance = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Truncate(citation.SourceTitle, 80),
                ["abstract"] = citation.Abstract,
            };
            if (citation.Url is not null)
            {
                appearance["url"] = citation.Url.ToString();
            }

            claims.Add(new JObject
            {
                ["@type"] = "Claim",
                ["position"] = citation.Position,
                ["appearance"] = appearance,
            });
        }

        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = string.Empty;
        entity.Properties["citation"] = claims;
        return entity;
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}
