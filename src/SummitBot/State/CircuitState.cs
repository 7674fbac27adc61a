namespace SummitBot.State;

/// <summary>Where a <see cref="StoreCircuit"/> is: calls go through, fail at once, or one call probes the store.</summary>
public enum CircuitState
{
    /// <summary>The store answers: calls go through.</summary>
    Closed,

    /// <summary>The store failed: calls fail at once until the break is over.</summary>
    Open,

    /// <summary>The break is over: one call is let through to see whether the store is back; the others fail at once.</summary>
    HalfOpen,
}
