using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

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

    /// <summary>
    /// The replies as Bot Framework JSON, kept raw: the store writes it into the record as it is, instead of escaping
    /// it into a string a second time on every turn.
    /// </summary>
    public JRaw? Replies { get; set; }
}
