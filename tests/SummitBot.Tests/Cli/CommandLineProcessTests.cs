using System.Diagnostics;
using SummitBot.Tests.State;

namespace SummitBot.Tests.Cli;

/// <summary>The built bot run as a process, as a person types it: usage and errors come back at once, no server starts.</summary>
public sealed class CommandLineProcessTests
{
    [Fact]
    public async Task HelpPrintsUsageAndExitsZero()
    {
        var (code, output, _) = await RunBotAsync("--help");

        Assert.Equal(0, code);
        Assert.Contains("  import <file|folder>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCommandExitsNonZeroWithUsageEvenWhenTheServersPortIsTaken()
    {
        // Before, any unknown word started the web server, which then failed on a taken port (or ran for ever).
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (code, output, error) = await RunBotAsync("frobnicate", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("error: unknown command 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", error + output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunBotAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Support.RepoPaths.Root,
        };
        start.ArgumentList.Add(BuiltBot.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The bot did not exit within 60 s: it started the server instead of printing usage.");
        }

        return (process.ExitCode, await output, await error);
    }
}
