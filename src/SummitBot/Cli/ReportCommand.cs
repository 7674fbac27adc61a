using Microsoft.Extensions.Options;
using SummitBot.Unanswered;

namespace SummitBot.Cli;

/// <summary>
/// <c>report [--since 7d]</c>: the questions the bot could not answer, grouped by similar wording with counts, most
/// asked first, with why they were declined and on which channels; read from the configured record (Redis when
/// <c>ConnectionStrings:Redis</c> is set, else the local file).
/// </summary>
internal sealed class ReportCommand : ConsoleCommand
{
    public override string Name => "report";

    public override string Summary => "the questions the bot could not answer, grouped by similar wording, most asked first";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("since", "<age>", "only those asked in the last 30m, 12h, 7d, 2w, or since a date (2019-02-01); default: all kept"),
    ];

    public override async Task<int> RunAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        using var host = invocation.BuildHost(builder => builder.Services.AddUnansweredQuestions(builder.Configuration, builder.Environment.ContentRootPath));
        var time = host.Services.GetRequiredService<TimeProvider>();
        if (!ReportPeriod.TryParse(invocation.Option("since"), time.GetUtcNow(), out var since, out var period))
        {
            return invocation.UsageError($"--since '{invocation.Option("since")}' is not an age (30m, 12h, 7d, 2w) or a date (2019-02-01)");
        }

        var options = host.Services.GetRequiredService<IOptions<UnansweredOptions>>().Value;
        var store = host.Services.GetRequiredService<IUnansweredStore>();
        IReadOnlyList<UnansweredQuestion> questions;
        try
        {
            questions = await store.ReadAsync(since, cancellationToken);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine($"error: the record at {store.Location} cannot be read: {e.Message}");
            return CliExitCode.Failed;
        }

        UnansweredReport.Write(invocation.Output, questions, period, store.Location);
        if (!options.Enabled)
        {
            invocation.Output.WriteLine();
            invocation.Output.WriteLine("Recording is off (Unanswered:Enabled=false): questions declined since then are not in the record.");
        }

        return CliExitCode.Ok;
    }
}
