using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SummitBot.Observability;

/// <summary>
/// The JSON of <c>/readyz</c>: overall status, then each check's status, why, and its figures, so a degraded bot says
/// what is wrong. No exception text or stack trace: those may carry configuration.
/// </summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data.Count > 0 ? e.Value.Data : null,
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
