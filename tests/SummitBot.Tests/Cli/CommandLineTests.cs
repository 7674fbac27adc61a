using SummitBot.Cli;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task HelpListsEveryCommandWithItsOptionsAndExitsZero(string help)
    {
        var (code, output, error) = await RunAsync(help);

        Assert.Equal(0, code);
        Assert.Empty(error);
        foreach (var command in new[] { "serve", "ask \"<question>\"", "chat", "import <file|folder>", "report" })
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        }

        Assert.Contains("--urls <urls>", output, StringComparison.Ordinal);
        Assert.Contains("--since <age>", output, StringComparison.Ordinal);
        Assert.Contains("--Section:Key=value", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--help")]
    [InlineData("help", "import")]
    public async Task HelpForOneCommandShowsThatCommand(string first, string second)
    {
        var (code, output, _) = await RunAsync(first, second);

        Assert.Equal(0, code);
        Assert.StartsWith("usage: dotnet run --project src/SummitBot -- import <file|folder>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  chat", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "--verbose" }, "unknown option '--verbose'")]
    [InlineData(new[] { "-x" }, "unknown option '-x'")]
    [InlineData(new[] { "--urls" }, "--urls needs a value")]
    [InlineData(new[] { "serve", "now" }, "serve takes no arguments; found 'now'")]
    [InlineData(new[] { "ask" }, "ask needs \"<question>\"")]
    [InlineData(new[] { "ask", "--since", "7d", "where?" }, "unknown option '--since'")]
    [InlineData(new[] { "ask", "where?", "--after" }, "--after needs a value")]
    [InlineData(new[] { "chat", "hello" }, "chat takes no arguments")]
    [InlineData(new[] { "import" }, "import needs <file|folder>")]
    [InlineData(new[] { "import", "a.html", "b.html" }, "unexpected argument 'b.html'")]
    [InlineData(new[] { "report", "--since" }, "--since needs a value")]
    [InlineData(new[] { "report", "--since", "7d", "--since", "1d" }, "--since is given twice")]
    [InlineData(new[] { "report", "--top", "5" }, "unknown option '--top'")]
    [InlineData(new[] { "report", "lastweek" }, "report takes no arguments; found 'lastweek'")]
    [InlineData(new[] { "report", "--Knowledge:Path" }, "the setting --Knowledge:Path needs a value")]
    public async Task AnythingNotUnderstoodPrintsTheErrorAndUsageAndExitsTwoWithoutTheServer(string[] args, string message)
    {
        var parsed = CommandLine.Parse(args);
        Assert.False(parsed.StartsServer);

        var (code, output, error) = await RunAsync(args);

        Assert.Equal(CliExitCode.Usage, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage: dotnet run --project src/SummitBot --", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeWithoutACommandWordShowsTheWholeUsage()
    {
        var parsed = CommandLine.Parse(["--bogus"]);

        Assert.Equal("unknown option '--bogus'", parsed.Error);
        Assert.Null(parsed.About);
    }

    [Theory]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "serve" }, new string[0])]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, new[] { "--urls=http://127.0.0.1:5000" })]
    [InlineData(new[] { "serve", "--urls=http://127.0.0.1:5000" }, new[] { "--urls=http://127.0.0.1:5000" })]
    [InlineData(new[] { "--Search:IndexPath", "/tmp/i", "--Logging:LogLevel:Default=Warning" }, new[] { "--Search:IndexPath=/tmp/i", "--Logging:LogLevel:Default=Warning" })]
    [InlineData(new[] { "--MicrosoftAppId=abc" }, new[] { "--MicrosoftAppId=abc" })]
    public void TheServerStartsWithNoCommandOrServeAndGetsItsSettings(string[] args, string[] settings)
    {
        var parsed = CommandLine.Parse(args);

        Assert.True(parsed.StartsServer);
        Assert.Null(parsed.Error);
        Assert.Equal(settings, parsed.Settings);
    }

    [Fact]
    public void TheArgumentsWebApplicationFactoryPassesStartTheServer()
    {
        // What the test host passes for settings: each section named once with an empty value, then its keys.
        var parsed = CommandLine.Parse(["--Search=", "--Search:IndexPath=/tmp/i", "--environment=Development", "--contentRoot=/repo/", "--applicationName=SummitBot"]);

        Assert.True(parsed.StartsServer);
        Assert.Contains("--contentRoot=/repo/", parsed.Settings);
    }

    [Fact]
    public void TheContentRootWebApplicationFactoryIsToldStartsTheServerToo()
    {
        // Set as ASPNETCORE_TEST_CONTENTROOT_SUMMITBOT by a host built outside the repository (the HTTP benchmark's fixed-reply host).
        var parsed = CommandLine.Parse(["--TEST_CONTENTROOT_SUMMITBOT=/repo", "--environment=Development"]);

        Assert.True(parsed.StartsServer);
        Assert.Null(parsed.Error);
    }

    [Fact]
    public void ACommandTakesItsOptionsArgumentsAndSettingsInAnyOrder()
    {
        var parsed = CommandLine.Parse(["report", "--Unanswered:Path=/tmp/q.jsonl", "--since=7d"]);

        Assert.IsType<ReportCommand>(parsed.Command);
        Assert.Equal(["--Unanswered:Path=/tmp/q.jsonl"], parsed.Settings);
        Assert.False(parsed.StartsServer);
    }

    [Fact]
    public void AQuestionMayBeOneQuotedArgumentOrSeveralWordsAndDashesAfterTwoDashesAreWords()
    {
        Assert.IsType<AskCommand>(CommandLine.Parse(["ask", "where", "is", "it?"]).Command);
        var parsed = CommandLine.Parse(["ask", "--", "-where is it?"]);
        Assert.Null(parsed.Error);
        Assert.IsType<AskCommand>(parsed.Command);
    }

    [Fact]
    public async Task AskPrintsTheAnswerWithItsSourcesAndExitsZero()
    {
        var (code, output, _) = await RunAsync("ask", "where", "is", "the", "second", "summit?", $"--Knowledge:Path={RepoPaths.Knowledge}", $"--Search:IndexPath={RepoPaths.NewTempFolder("index")}");

        Assert.Equal(0, code);
        Assert.Contains("Sources:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAfterAnEarlierQuestionReadsTheQuestionAsItsFollowUp()
    {
        var settings = new[] { $"--Knowledge:Path={RepoPaths.Knowledge}", $"--Search:IndexPath={RepoPaths.NewTempFolder("index")}" };

        var (code, output, _) = await RunAsync(["ask", "--after", "When is the second summit?", "And where?", .. settings]);
        var (_, alone, _) = await RunAsync(["ask", "And where?", .. settings]);

        Assert.Equal(0, code);
        Assert.StartsWith("> When is the second summit?", output, StringComparison.Ordinal);
        var followUp = output[output.IndexOf("\n\n", StringComparison.Ordinal)..];
        Assert.Contains("Hanoi", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("Hanoi", alone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatAnswersEachLineOfItsInputUntilTheEnd()
    {
        using var input = new StringReader("where is the second summit?\n\nthanks\n");
        using var output = new StringWriter();

        var code = await CommandLine.Parse(["chat", $"--Knowledge:Path={RepoPaths.Knowledge}", $"--Search:IndexPath={RepoPaths.NewTempFolder("index")}"])
            .RunAsync(new CliConsole(input, output, TextWriter.Null));

        Assert.Equal(0, code);
        Assert.Contains("> where is the second summit?", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("> thanks", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "where?")]
    [InlineData("chat")]
    [InlineData("import", "page.html")]
    public async Task AKnowledgeFolderThatDoesNotExistIsAnErrorNotAStackTrace(params string[] command)
    {
        var (code, _, error) = await RunAsync([.. command, "--Knowledge:Path=/no/such/knowledge", $"--Search:IndexPath={RepoPaths.NewTempFolder("index")}"]);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("/no/such/knowledge", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.Parse(args).RunAsync(new CliConsole(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }
}
