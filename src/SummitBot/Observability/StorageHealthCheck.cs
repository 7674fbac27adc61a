using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SummitBot.Observability;

/// <summary>
/// Whether conversation state can be read: one read of a key nobody writes, through the same <see cref="IStorage"/> the
/// bot uses (memory or Redis), bounded in time. Only the exception's type is shown: its message may name the server.
/// </summary>
internal sealed class StorageHealthCheck(IStorage storage, TimeProvider time) : IHealthCheck
{
    private const string ProbeKey = "summitbot/health/probe";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var kind = new Dictionary<string, object> { ["storage"] = storage.GetType().Name };
        try
        {
            await storage.ReadAsync([ProbeKey], linked.Token).WaitAsync(Timeout, time, cancellationToken);
            return HealthCheckResult.Healthy("conversation state storage is reachable", kind);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"conversation state storage is not reachable ({exception.GetType().Name})", data: kind);
        }
    }
}
