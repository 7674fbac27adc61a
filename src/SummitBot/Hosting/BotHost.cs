namespace SummitBot.Hosting;

/// <summary>Where the web host finds its content root.</summary>
internal static class BotHost
{
    /// <summary>
    /// The repository root when run with <c>dotnet run --project src/SummitBot</c> (appsettings.json and knowledge/ are there);
    /// otherwise the folder the binaries are in, which carries a copy of appsettings.json.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var current = Directory.GetCurrentDirectory();
        var root = File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
        return new WebApplicationOptions { Args = args, ContentRootPath = root };
    }
}
