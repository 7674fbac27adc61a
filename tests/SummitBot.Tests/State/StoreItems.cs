using Microsoft.Bot.Builder;

namespace SummitBot.Tests.State;

/// <summary>A plain stored object: written unconditionally, no ETag.</summary>
public sealed class PocoItem
{
    public string? Id { get; set; }

    public int Count { get; set; }

    public string? Text { get; set; }
}

/// <summary>A stored object with an ETag: written only with the current ETag or "*".</summary>
public sealed class PocoStoreItem : IStoreItem
{
    public string? Id { get; set; }

    public int Count { get; set; }

    public string? ETag { get; set; }
}
