using SummitBot.Tests.Support;
using SummitBot.TestTools;

namespace SummitBot.Tests.State;

/// <summary>The bot built alongside the tests, started as its own process by the service tests.</summary>
internal static class BuiltBot
{
    /// <summary>
    /// The test project references the bot, so its dll and runtimeconfig sit beside the tests'.
    /// </summary>
    public static string Dll
    {
        get
        {
            var candidate = Path.Combine(AppContext.BaseDirectory, "SummitBot.dll");
            if (File.Exists(candidate) && File.Exists(Path.Combine(AppContext.BaseDirectory, "SummitBot.runtimeconfig.json")))
            {
                return candidate;
            }

            throw new InvalidOperationException($"The built bot was not found at {candidate}; build the solution first.");
        }
    }

    /// <summary>
    /// The bot on a free 127.0.0.1 port, the repository's knowledge, single-line logs into <c>{folder}/{name}.log</c>,
    /// ready once it answers a turn (the index is built at start-up), ended by itself after 20 minutes should the tests die.
    /// </summary>
    public static BotProcessOptions Options(string name, string folder, IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Knowledge:Path"] = RepoPaths.Knowledge,
            ["Search:IndexPath"] = Path.Combine(folder, $"index-{name}"),
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var warmUp = TurnPoster.Message($"warm-up-{name}-{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"), "hello", "http://127.0.0.1:9/", expectReplies: true);
        return new BotProcessOptions
        {
            Program = Dll,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            Name = name,
            Settings = all,
            Readiness = BotReadiness.FirstAnswer(TimeSpan.FromSeconds(90), "/api/messages", warmUp.ToJsonString()),
            LogFile = Path.Combine(folder, $"{name}.log"),
            TimeLimit = TimeSpan.FromMinutes(20),
        };
    }
}
