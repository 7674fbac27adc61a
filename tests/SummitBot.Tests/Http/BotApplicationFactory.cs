using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Http;

/// <summary>
/// The real ASP.NET Core pipeline of the bot in memory, on the repository's knowledge and a fresh index folder.
/// Extra settings (e.g. an App ID) can be given per instance. A test that runs it on Kestrel (<c>UseKestrel()</c>) gets
/// a free port on 127.0.0.1, never the configured one (3978), where a developer's bot may be running.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>Kestrel's address for a port the system picks.</summary>
    public const string FreeLoopbackPort = "http://127.0.0.1:0";

    private readonly Dictionary<string, string?> _settings;

    public BotApplicationFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal BotApplicationFactory(IDictionary<string, string?> settings)
    {
        _settings = new Dictionary<string, string?>(settings)
        {
            ["Knowledge:Path"] = settings.TryGetValue("Knowledge:Path", out var k) ? k : RepoPaths.Knowledge,
            ["Search:IndexPath"] = settings.TryGetValue("Search:IndexPath", out var i) ? i : RepoPaths.NewTempFolder("index"),

            // Declined questions are recorded: into the test's own file, not the repository's data folder.
            ["Unanswered:Path"] = settings.TryGetValue("Unanswered:Path", out var u) ? u : Path.Combine(RepoPaths.NewTempFolder("unanswered"), "questions.jsonl"),
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepoPaths.Root);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, FreeLoopbackPort);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
