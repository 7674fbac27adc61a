using SummitBot.Tests.Cli;
using SummitBot.Tests.Http;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Unanswered;

/// <summary>The whole path: a question the running bot declines shows up in <c>report</c>, grouped and counted.</summary>
public sealed class UnansweredReportTests
{
    private const string Unknown = "Who won the chess olympiad in Reykjavik?";

    [Fact]
    public async Task AQuestionTheBotDeclinedAppearsInTheReportWithItsCountReasonAndChannel()
    {
        var record = Path.Combine(RepoPaths.NewTempFolder("unanswered"), "questions.jsonl");
        await using (var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Unanswered:Path"] = record, ["RateLimiting:Enabled"] = "false" }))
        {
            var teams = new ActivityClient(bot.CreateClient(), "conversation-secret-1", "msteams");
            var slack = new ActivityClient(bot.CreateClient(), "conversation-secret-2", "slack");
            await teams.AskAsync(Unknown);
            await slack.AskAsync("who won the chess olympiad in reykjavik");
            await teams.AskAsync("Where is the second summit?");
            await WaitForLinesAsync(record, 2);
        }

        var (code, output, error) = await CommandLineTests.RunAsync("report", "--since", "1d", $"--Unanswered:Path={record}");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("2 question(s) in 1 group(s) of similar wording, most asked first.", output, StringComparison.Ordinal);
        Assert.Matches(@"1\. +2 × ""Who won the chess olympiad in Reykjavik\?""", output);
        Assert.Matches("channels: (msteams 1, slack 1|slack 1, msteams 1);", output);
        Assert.Contains("why: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("second summit", output, StringComparison.OrdinalIgnoreCase);

        // No user or conversation identity is kept.
        var stored = await File.ReadAllTextAsync(record);
        Assert.DoesNotContain("user-1", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("conversation-secret", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsRecordedWhenRecordingIsTurnedOff()
    {
        var record = Path.Combine(RepoPaths.NewTempFolder("unanswered"), "questions.jsonl");
        await using (var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Unanswered:Path"] = record, ["Unanswered:Enabled"] = "false" }))
        {
            await new ActivityClient(bot.CreateClient(), "off").AskAsync(Unknown);
        }

        var (code, output, _) = await CommandLineTests.RunAsync("report", $"--Unanswered:Path={record}", "--Unanswered:Enabled=false");

        Assert.Equal(0, code);
        Assert.False(File.Exists(record));
        Assert.Contains("none recorded.", output, StringComparison.Ordinal);
        Assert.Contains("Recording is off (Unanswered:Enabled=false)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("7")]
    [InlineData("-3d")]
    [InlineData("7y")]
    public async Task ASinceThatIsNotAnAgeOrADateIsAUsageError(string since)
    {
        var (code, _, error) = await CommandLineTests.RunAsync("report", "--since", since);

        Assert.Equal(2, code);
        Assert.Contains("is not an age (30m, 12h, 7d, 2w) or a date (2019-02-01)", error, StringComparison.Ordinal);
    }

    private static async Task WaitForLinesAsync(string file, int lines)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            if (File.Exists(file) && File.ReadAllLines(file).Length >= lines)
            {
                return;
            }

            await Task.Delay(50);
        }
    }
}
