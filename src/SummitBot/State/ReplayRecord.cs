using Microsoft.Bot.Builder;

namespace SummitBot.State;

/// <summary>
/// What <see cref="ReplayGuard"/> remembers of one activity: when a turn for it started, and once it has finished,
/// the replies it sent (as Bot Framework JSON), so a retry with expectReplies can be given them again.
/// </summary>
internal sealed class ReplayRecord : IStoreItem
{
    public string? ETag { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public bool Completed { get; set; }

    public string? Replies { get; set; }
}
