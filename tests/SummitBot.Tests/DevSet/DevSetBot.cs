using SummitBot.Tests.Http;
using SummitBot.Tests.Support;
using SummitBot.TestTools.QuestionSets;

namespace SummitBot.Tests.DevSet;

/// <summary>The bot over its real HTTP endpoint, on a copy of the repository's knowledge with the development set's articles added.</summary>
public sealed class DevSetBot : IDisposable
{
    public static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "SummitBot.Tests", "DevSet");

    private readonly string _knowledge = KnowledgeCopy.With(RepoPaths.Knowledge, Path.Combine(Folder, "articles"));

    public DevSetBot()
    {
        // Hundreds of questions from one test client: the per-client rate limit is for the public, not for this suite.
        Factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = _knowledge,
            ["Knowledge:Watch"] = "false",
            ["RateLimiting:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
    }

    public BotApplicationFactory Factory { get; }

    public static IReadOnlyList<SetCase> Cases { get; } = SetCase.Load(Path.Combine(Folder, "questions.json"));

    /// <summary>Asks the case's questions in one new conversation and reads the last reply as the judge does.</summary>
    public async Task<(SetReply Reply, string Text)> AskAsync(SetCase c)
    {
        var client = new ActivityClient(Factory.CreateClient(), "dev-" + c.Id + "-" + Guid.NewGuid().ToString("N")[..6]);
        var text = string.Empty;
        foreach (var question in c.Ask)
        {
            var replies = await client.AskAsync(question);
            text = replies.FirstOrDefault(r => r["type"]?.GetValue<string>() == "message")?["text"]?.GetValue<string>() ?? string.Empty;
        }

        return (SetReply.FromText(text), text);
    }

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(_knowledge, recursive: true);
    }
}
