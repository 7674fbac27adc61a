namespace SummitBot.Observability;

/// <summary>
/// Something the bot needs before it can answer well (the knowledge index, above all) reporting whether it is ready.
/// The answering core implements it (registered as a singleton <see cref="IReadinessProbe"/>); <c>/readyz</c> shows every
/// probe's report.
/// </summary>
public interface IReadinessProbe
{
    /// <summary>Short name shown in <c>/readyz</c>, e.g. <c>knowledge</c>.</summary>
    string Name { get; }

    /// <summary>The current state; cheap (no I/O beyond what is already in memory), and never throws for a known fault.</summary>
    ReadinessReport Check();
}

/// <summary>What a <see cref="IReadinessProbe"/> reports: its state, why, and figures worth showing (document counts, bad files).</summary>
public sealed record ReadinessReport(ReadinessState State, string Description, IReadOnlyDictionary<string, object>? Data = null);

/// <summary>Whether the bot can serve: <see cref="Degraded"/> still serves (e.g. one knowledge file skipped) and says why.</summary>
public enum ReadinessState
{
    Ready,
    Degraded,
    NotReady,
}
