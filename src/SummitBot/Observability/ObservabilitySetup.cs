using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SummitBot.Hosting;

namespace SummitBot.Observability;

/// <summary>
/// Health (<c>/healthz</c>, <c>/readyz</c>), OpenTelemetry metrics and traces (ASP.NET Core, HttpClient and the bot's own)
/// with a Prometheus scrape endpoint (<c>/metrics</c>), and a logging scope per turn.
/// </summary>
public static class ObservabilitySetup
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Registers health checks, OpenTelemetry, the bot's metrics (answers measured through an
    /// <see cref="IAnswerServiceDecorator"/>) and the turn middleware the adapter runs, in any order with the other <c>Add…</c> calls.
    /// </summary>
    public static WebApplicationBuilder AddSummitBotObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<TurnObservability>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<TurnObservability>());
        services.AddSingleton<IReadinessProbe, KnowledgeReadinessProbe>();
        services.AddSingleton<IAnswerServiceDecorator, MeasuredAnswers>();

        services.AddHealthChecks()
            .AddCheck<ReadinessProbesCheck>("knowledge", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("SummitBot"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BotMetrics.MeterName)
                // The runtime's own meter (GC heap sizes, collections, working set, thread pool), built into .NET 9+.
                .AddMeter("System.Runtime")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOwnEndpoint(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(BotTracing.SourceName));

        // Traces leave the process only where a collector is configured (the standard OTEL_EXPORTER_OTLP_ENDPOINT variable).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapSummitBotObservability(this WebApplication app)
    {
        // Alive: the process serves HTTP. No check runs, so a slow dependency never gets a live bot restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static bool IsOwnEndpoint(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
