using Microsoft.Bot.Builder;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>The storage contract kept by the bounded in-memory store (one process: both "instances" are the same store).</summary>
public sealed class BoundedMemoryStorageContractTests : StorageContract
{
    private readonly BoundedMemoryStorage _storage = new(TimeSpan.FromHours(1), 10_000, TimeProvider.System);

    protected override IStorage Storage => _storage;

    protected override IStorage SecondInstance => _storage;
}
