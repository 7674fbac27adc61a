using Microsoft.Bot.Schema;
using SummitBot.Channels;

namespace SummitBot.Benchmarks.Answering;

/// <summary>
/// A question as the bot hands it to <see cref="SummitBot.Answering.IAnswerService"/>: read from an incoming message by
/// the channel layer (<see cref="IncomingText"/>), so mention markup in the question set is removed as in the bot.
/// </summary>
internal static class IncomingQuestion
{
    public static string Read(string typed) => IncomingText.Read(new Activity(ActivityTypes.Message)
    {
        ChannelId = "emulator",
        Text = typed,
        Recipient = new ChannelAccount("summitbot", "SummitBot"),
        From = new ChannelAccount("user-1", "User"),
    });
}
