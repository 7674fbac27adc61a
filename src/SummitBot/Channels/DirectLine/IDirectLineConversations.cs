using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// Where the built-in Direct Line keeps its conversations: this process's memory, or Redis when
/// <c>ConnectionStrings:Redis</c> is set, so that any instance serves any conversation.
/// </summary>
internal interface IDirectLineConversations
{
    /// <summary>A new, unguessable conversation id (not yet started).</summary>
    static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    /// <summary>The live conversation <paramref name="id"/>, or null when there is none (never started, or forgotten when idle).</summary>
    Task<DirectLineConversation?> FindAsync(string id);

    /// <summary>Starts conversation <paramref name="id"/>; <c>Created</c> is false when it already existed.</summary>
    Task<(DirectLineConversation Conversation, bool Created)> StartAsync(string id, ChannelAccount? user);
}
