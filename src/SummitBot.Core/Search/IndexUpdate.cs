namespace SummitBot.Search;

/// <summary>What opening an index for a knowledge generation did: reused a commit, updated one, or built one from scratch.</summary>
public enum IndexUpdateKind
{
    /// <summary>The latest commit already held this knowledge; nothing was written.</summary>
    Reused,

    /// <summary>Only the sources whose files were added, changed or removed (and the facts, if they changed) were written.</summary>
    Updated,

    /// <summary>Every document was written: there was no index, it was damaged, or documents are analyzed otherwise now.</summary>
    Rebuilt,
}

/// <summary>What an index update did and how long it took (for the log, the benchmarks and the tests).</summary>
public sealed record IndexUpdate(IndexUpdateKind Kind, int Added, int Changed, int Removed, bool FactsIndexed, int Documents, TimeSpan Elapsed)
{
    public override string ToString() =>
        Kind == IndexUpdateKind.Reused
            ? $"reused ({Elapsed.TotalMilliseconds:F0} ms)"
            : $"{Kind.ToString().ToLowerInvariant()}: {Added} source(s) added, {Changed} changed, {Removed} removed{(FactsIndexed ? ", facts indexed" : string.Empty)}; {Documents} document(s) written in {Elapsed.TotalMilliseconds:F0} ms";
}
