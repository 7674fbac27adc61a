namespace SummitBot.TestTools;

/// <summary>How <see cref="BotProcess"/> starts a bot: which program, where, with what settings, and what ready means.</summary>
public sealed record BotProcessOptions
{
    /// <summary>Path to the built program (<c>SummitBot.dll</c>, or another host such as the benchmarks' echo bot).</summary>
    public required string Program { get; init; }

    /// <summary>Arguments before <c>--urls</c> (e.g. a command of the program); none for the bot itself.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The working directory (the repository root, where the bot finds appsettings.json).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The 127.0.0.1 port; 0 (the default) picks a free one, kept across restarts.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Configuration keys (<c>Section:Key</c>) passed as environment variables after the defaults (Production,
    /// Warning-level logs, rate limiting off), so they can override them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>What ready means, and how long to wait for it.</summary>
    public BotReadiness Readiness { get; init; } = BotReadiness.Health(TimeSpan.FromSeconds(90));

    /// <summary>A name for the output and errors, e.g. <c>bot-a</c>.</summary>
    public string Name { get; init; } = "bot";

    /// <summary>A file that takes the bot's output (appended across restarts); null echoes it to standard error as <c>name| …</c>.</summary>
    public string? LogFile { get; init; }

    /// <summary>
    /// When set, the bot runs under coreutils' <c>timeout</c>, so it ends by itself after this long even if the process
    /// that started it dies first (tests); null for runs that must not be cut short (benchmarks).
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>A folder (the bot's index) deleted when the bot is disposed, or null.</summary>
    public string? RemoveOnDispose { get; init; }
}
