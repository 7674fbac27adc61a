using SummitBot.Answering;
using SummitBot.Hosting.Benchmarking;

namespace SummitBot.Hosting;

/// <summary>The answering core (knowledge, index, answering) in the web host.</summary>
public static class AnsweringSetup
{
    /// <summary>Registers the answering core with its options bound from configuration and validated at start-up.</summary>
    public static WebApplicationBuilder AddSummitBotAnswering(this WebApplicationBuilder builder)
    {
        builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath);

        // Benchmark-only: the same host with a fixed reply in place of answering (docs/benchmarks.md).
        var section = builder.Configuration.GetSection(BenchmarkOptions.Section);
        builder.Services.AddOptions<BenchmarkOptions>().Bind(section).ValidateOnStart();
        if (section.GetValue<bool>(nameof(BenchmarkOptions.FixedReply)))
        {
            builder.Services.AddSingleton<IAnswerService, FixedReplyAnswerService>();
        }

        return builder;
    }
}
