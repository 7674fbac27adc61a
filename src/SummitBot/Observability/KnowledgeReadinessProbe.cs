using System.Globalization;
using SummitBot.Search;

namespace SummitBot.Observability;

/// <summary>
/// The knowledge index as <c>/readyz</c> sees it: not ready until an index is loaded; degraded, with the files and lines,
/// while broken knowledge files are left out or the last reload failed (the rest is still served).
/// </summary>
internal sealed class KnowledgeReadinessProbe(IKnowledgeStatus status) : IReadinessProbe
{
    /// <summary>Enough problems to act on without making the health response huge.</summary>
    private const int MaxProblemsShown = 20;

    public string Name => "index";

    public ReadinessReport Check()
    {
        if (!status.IsReady)
        {
            return new ReadinessReport(ReadinessState.NotReady, "the knowledge index is not loaded yet");
        }

        var data = new Dictionary<string, object>
        {
            ["sources"] = status.Sources,
            ["facts"] = status.Facts,
        };
        if (status.LoadedAt is { } loadedAt)
        {
            data["loadedAt"] = loadedAt.ToString("O", CultureInfo.InvariantCulture);
        }

        if (status.Fingerprint is { } fingerprint)
        {
            data["fingerprint"] = fingerprint;
        }

        var reasons = new List<string>();
        if (status.Problems.Count > 0)
        {
            data["problems"] = status.Problems.Take(MaxProblemsShown).Select(p => p.ToString()).ToList();
            reasons.Add($"{status.Problems.Count} knowledge problem(s), left out: {string.Join("; ", status.Problems.Take(3))}");
        }

        if (status.LastReloadError is { } reloadError)
        {
            data["lastReloadError"] = reloadError;
            reasons.Add($"the last reload failed, the previous knowledge is served: {reloadError}");
        }

        return reasons.Count > 0
            ? new ReadinessReport(ReadinessState.Degraded, string.Join(" | ", reasons), data)
            : new ReadinessReport(ReadinessState.Ready, $"index loaded: {status.Sources} source(s), {status.Facts} fact(s)", data);
    }
}
