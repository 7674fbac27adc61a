namespace SummitBot.Cli;

/// <summary>
/// Reads the command line: a command (<c>ask</c>, <c>chat</c>, <c>import</c>, <c>report</c>; none or <c>serve</c> runs
/// the web server), its arguments and options, and settings (<c>--Section:Key=value</c>) for configuration.
/// Anything it does not understand is an error that prints usage: an unknown word or option never starts the server.
/// </summary>
internal static class CommandLine
{
    /// <summary>
    /// Top-level settings accepted without a section (all others are <c>Section:Key</c>): the host's, and the Bot
    /// Framework SDK's identity and channel endpoints, which it reads from the root of the configuration.
    /// </summary>
    private static readonly HashSet<string> TopLevelSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "AllowedHosts",
        "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId",
        "ChannelService", "ValidateAuthority", "CallerId", "OAuthUrl", "OAuthApiEndpoint", "ToChannelFromBotLoginUrl",
        "ToChannelFromBotOAuthScope", "ToBotFromChannelTokenIssuer", "ToBotFromChannelOpenIdMetadataUrl", "ToBotFromEmulatorOpenIdMetadataUrl",
    };

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "--help", "-h", "-?", "help" };

    public static ServerCommand Server { get; } = new();

    /// <summary>Every command, in the order usage lists them.</summary>
    public static IReadOnlyList<CliCommand> Commands { get; } =
        [Server, new AskCommand(), new ChatCommand(), new ImportCommand(), new ReportCommand()];

    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return ParsedCommandLine.ForServer([]);
        }

        var first = args[0];
        if (HelpWords.Contains(first))
        {
            return args.Count > 1 && Find(args[1]) is { } about ? ParsedCommandLine.ForHelp(about) : ParsedCommandLine.ForHelp(null);
        }

        if (first.StartsWith('-'))
        {
            // No command word: server options and settings. A mistake here gets the whole usage, not only the server's.
            var server = ParseFor(Server, args);
            return server.Error is null || server.IsHelp ? server : ParsedCommandLine.ForError(server.Error, null);
        }

        return Find(first) is { } command
            ? ParseFor(command, [.. args.Skip(1)])
            : ParsedCommandLine.ForError($"unknown command '{first}'", null);
    }

    /// <summary>Whether <paramref name="name"/> is a setting: <c>Section:Key</c>, or one of the few top-level ones.</summary>
    public static bool IsSetting(string name) =>
        name.Contains(':', StringComparison.Ordinal) || TopLevelSettings.Contains(name)
        // WebApplicationFactory passes the content root it was told (ASPNETCORE_TEST_CONTENTROOT_<assembly>) this way.
        || name.StartsWith("TEST_CONTENTROOT_", StringComparison.OrdinalIgnoreCase);

    private static CliCommand? Find(string name) =>
        Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ParsedCommandLine ParseFor(CliCommand command, IReadOnlyList<string> args)
    {
        var arguments = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var settings = new List<string>();
        var onlyArguments = false;
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (onlyArguments || !token.StartsWith('-') || token == "-")
            {
                arguments.Add(token);
                continue;
            }

            if (token == "--")
            {
                onlyArguments = true;
                continue;
            }

            if (HelpWords.Contains(token))
            {
                return ParsedCommandLine.ForHelp(command);
            }

            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                return ParsedCommandLine.ForError($"unknown option '{token}'", command);
            }

            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? token[2..] : token[2..equals];
            var inline = equals < 0 ? null : token[(equals + 1)..];
            if (command.FindOption(name) is { } option)
            {
                if (options.ContainsKey(option.Name))
                {
                    return ParsedCommandLine.ForError($"--{option.Name} is given twice", command);
                }

                if (option.IsFlag)
                {
                    if (inline is not null)
                    {
                        return ParsedCommandLine.ForError($"--{option.Name} takes no value", command);
                    }

                    options[option.Name] = null;
                    continue;
                }

                var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    return ParsedCommandLine.ForError($"--{option.Name} needs a value: {option.Usage}", command);
                }

                options[option.Name] = value;
                if (IsSetting(option.Name))
                {
                    settings.Add($"--{option.Name}={value}");
                }

                continue;
            }

            // "--Section=" with nothing after it only names a section (WebApplicationFactory passes one before each
            // section's keys); it sets nothing, so it is accepted for any section.
            if (!IsSetting(name) && inline != string.Empty)
            {
                return ParsedCommandLine.ForError($"unknown option '--{name}'", command);
            }

            var setting = inline ?? (i + 1 < args.Count ? args[++i] : null);
            if (setting is null)
            {
                return ParsedCommandLine.ForError($"the setting --{name} needs a value (--{name}=value)", command);
            }

            settings.Add($"--{name}={setting}");
        }

        var (min, max) = command.Arguments;
        if (arguments.Count < min)
        {
            return ParsedCommandLine.ForError($"{command.Name} needs {command.ArgumentsUsage}", command);
        }

        if (arguments.Count > max)
        {
            return ParsedCommandLine.ForError(
                max == 0 ? $"{command.Name} takes no arguments; found '{arguments[0]}'" : $"unexpected argument '{arguments[max]}'",
                command);
        }

        return command is ConsoleCommand console
            ? ParsedCommandLine.ForCommand(console, arguments, options, settings)
            : ParsedCommandLine.ForServer(settings);
    }
}
