using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Hosting;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Hosts;

/// <summary>
/// The bot's own <c>Program</c> (found through a type of its assembly; every production feature, configured as the bot process is) with one change made by
/// the benchmark's code, not the bot's: <see cref="FixedReplyAnswerService"/> replaces the answering core under every
/// decorator. On Kestrel at 127.0.0.1 and the given port.
/// </summary>
internal sealed class FixedReplyHost(int port) : WebApplicationFactory<SummitBotAdapter>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As the bot process: the repository root holds appsettings.json; the environment comes from ASPNETCORE_ENVIRONMENT.
        builder.UseContentRoot(RepoPaths.Root);
        builder.UseEnvironment(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production");
        builder.ConfigureTestServices(services =>
            services.AddKeyedSingleton<IAnswerService, FixedReplyAnswerService>(AnsweringSetup.CoreKey));
        this.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }
}
