using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Hosts;

/// <summary>
/// <c>serve echo|fixed --urls http://127.0.0.1:PORT</c>: runs one of the HTTP benchmark's reference hosts until it is
/// stopped. The HTTP benchmark starts each as its own process, as it starts the bot.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var host = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Length > 0 ? args[1..] : [];
        switch (host)
        {
            case "echo":
                return await EchoBotHost.RunAsync(rest);
            case "fixed":
                return await RunFixedAsync(rest, output);
            default:
                output.WriteLine("usage: serve echo|fixed --urls http://127.0.0.1:PORT");
                return 2;
        }
    }

    private static async Task<int> RunFixedAsync(string[] args, TextWriter output)
    {
        var urls = CommandOptions.Parse(args).String("urls");
        if (urls is null || !Uri.TryCreate(urls, UriKind.Absolute, out var url))
        {
            output.WriteLine("usage: serve fixed --urls http://127.0.0.1:PORT");
            return 2;
        }

        // WebApplicationFactory looks for the bot's content root beside a solution file above this program, which a
        // build elsewhere (--artifacts-path) has not: the repository root is named here (read as TEST_CONTENTROOT_<assembly>).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SUMMITBOT", RepoPaths.Root);
        await using var host = new FixedReplyHost(url.Port);
        host.StartServer();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stopped = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stopped.Cancel();
        try
        {
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stopped.Token, lifetime.ApplicationStopping).Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }
}
