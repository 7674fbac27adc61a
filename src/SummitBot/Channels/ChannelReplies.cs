using Microsoft.Bot.Schema;
using SummitBot.Answering;
using SummitBot.Channels.Slack;
using SummitBot.Channels.Teams;
using ChannelIds = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Channels;

/// <summary>
/// The channel-specific part of a reply, applied by the one <c>ReplyRenderer</c> after it has built the plain reply
/// (text, citation entity, suggestions) that every other channel gets as is.
/// </summary>
public static class ChannelReplies
{
    public static void Shape(IMessageActivity reply, Answer answer, IActivity incoming)
    {
        switch (incoming.ChannelId)
        {
            case ChannelIds.Msteams:
                TeamsReply.Shape(reply, answer);
                break;
            case ChannelIds.Slack:
                SlackReply.Shape(reply, answer);
                break;
        }
    }
}
