using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SummitBot.Observability;

/// <summary>
/// The health check over every <see cref="IReadinessProbe"/> (the knowledge index's, and any other registered): the worst
/// state wins, and each probe's report is shown. With no probe at all the bot cannot tell whether it can answer, and says so.
/// </summary>
internal sealed class ReadinessProbesCheck(IEnumerable<IReadinessProbe> probes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reports = probes.Select(p => (p.Name, Report: Safely(p))).ToList();
        if (reports.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded("No readiness is reported by the answering core."));
        }

        var data = new Dictionary<string, object>();
        foreach (var (name, report) in reports)
        {
            data[name] = new Dictionary<string, object?>
            {
                ["state"] = report.State.ToString(),
                ["description"] = report.Description,
                ["data"] = report.Data,
            };
        }

        var worst = reports.Max(r => r.Report.State);
        var description = string.Join("; ", reports.Where(r => r.Report.State != ReadinessState.Ready).Select(r => $"{r.Name}: {r.Report.Description}"));
        return Task.FromResult(worst switch
        {
            ReadinessState.Ready => HealthCheckResult.Healthy(string.Join("; ", reports.Select(r => $"{r.Name}: {r.Report.Description}")), data),
            ReadinessState.Degraded => HealthCheckResult.Degraded(description, data: data),
            _ => HealthCheckResult.Unhealthy(description, data: data),
        });
    }

    private static ReadinessReport Safely(IReadinessProbe probe)
    {
        try
        {
            return probe.Check();
        }
        catch (Exception exception)
        {
            return new ReadinessReport(ReadinessState.NotReady, $"the check failed ({exception.GetType().Name})");
        }
    }
}
