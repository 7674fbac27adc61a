using SummitBot.Hosting;

namespace SummitBot.Cli;

/// <summary>
/// One run of a console command: its checked arguments and options, the settings given on the command line
/// (<c>--Section:Key=value</c>, for configuration), and the console it talks to.
/// </summary>
internal sealed class CliInvocation(
    ConsoleCommand command,
    IReadOnlyList<string> arguments,
    IReadOnlyDictionary<string, string?> options,
    IReadOnlyList<string> settings,
    CliConsole console)
{
    public IReadOnlyList<string> Arguments => arguments;

    /// <summary>Settings from the command line, as configuration arguments (<c>--Section:Key=value</c>).</summary>
    public IReadOnlyList<string> Settings => settings;

    public TextReader Input => console.Input;

    public TextWriter Output => console.Output;

    public TextWriter Error => console.Error;

    /// <summary>The value of a valued option, or null when it was not given.</summary>
    public string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => options.ContainsKey(name);

    /// <summary>Says what is wrong with the command line, prints the command's usage, and gives the usage exit code.</summary>
    public int UsageError(string message)
    {
        Error.WriteLine("error: " + message);
        Error.WriteLine();
        CliUsage.WriteCommand(Error, command);
        return CliExitCode.Usage;
    }

    /// <summary>
    /// A host without the web server, with the bot's configuration (appsettings.json, environment, the command line's
    /// settings) and content root, read once. Only warnings and errors are logged, to standard error, so standard output carries
    /// only what the command prints.
    /// </summary>
    public IHost BuildHost(Action<HostApplicationBuilder> configure)
    {
        var options = BotHost.Options([.. settings]);

        // A command reads its configuration once: no file watchers on appsettings.json (inotify is shared machine-wide).
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Args,
            ContentRootPath = options.ContentRootPath,
            Configuration = configuration,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        configure(builder);
        return builder.Build();
    }
}
