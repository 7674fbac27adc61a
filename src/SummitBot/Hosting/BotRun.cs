namespace SummitBot.Hosting;

/// <summary>Runs the bot until it is shut down.</summary>
internal static class BotRun
{
    /// <summary>
    /// Starts the bot and waits for shutdown, then disposes it. Unlike <c>WebApplication.RunAsync</c>, a failed start (a
    /// setting that fails validation) is thrown before anything is disposed: disposing first raced the test host
    /// (WebApplicationFactory reads the host's services after the entry point has started it), which then saw an
    /// ObjectDisposedException instead of the error that names the setting. The process ends either way.
    /// </summary>
    public static async Task RunBotAsync(this WebApplication app)
    {
        await app.StartAsync();
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
    }
}
