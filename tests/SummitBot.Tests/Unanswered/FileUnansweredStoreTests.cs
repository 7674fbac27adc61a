using Microsoft.Extensions.Time.Testing;
using SummitBot.Answering;
using SummitBot.Tests.Support;
using SummitBot.Unanswered;

namespace SummitBot.Tests.Unanswered;

public sealed class FileUnansweredStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2019, 2, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly string _path = Path.Combine(RepoPaths.NewTempFolder("unanswered"), "questions.jsonl");

    [Fact]
    public async Task KeepsTheNewestQuestionsUpToTheMaximumNumber()
    {
        using var store = new FileUnansweredStore(_path, maxEntries: 100, TimeSpan.FromDays(30), _time);
        for (var i = 0; i < 300; i++)
        {
            await store.AddAsync([Question($"question {i}")], CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var kept = await store.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);

        // Compacted whenever it grows a quarter past the maximum: never more than 125 lines, the newest kept.
        Assert.InRange(File.ReadLines(_path).Count(), 100, 125);
        Assert.InRange(kept.Count, 100, 125);
        Assert.Equal("question 299", kept[^1].Text);
        Assert.DoesNotContain(kept, q => q.Text == "question 174");
    }

    [Fact]
    public async Task ForgetsQuestionsOlderThanTheMaximumAge()
    {
        using var store = new FileUnansweredStore(_path, maxEntries: 100, TimeSpan.FromDays(7), _time);
        await store.AddAsync([Question("old")], CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(8));
        Assert.Empty(await store.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None));

        // The next write a day after the last compaction drops it from the file too.
        await store.AddAsync([Question("new")], CancellationToken.None);

        Assert.Equal(["new"], (await store.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None)).Select(q => q.Text));
        Assert.DoesNotContain("\"old\"", File.ReadAllText(_path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsWhatWasAskedSinceAGivenTimeAndSkipsALineCutShort()
    {
        using var store = new FileUnansweredStore(_path, maxEntries: 100, TimeSpan.FromDays(30), _time);
        await store.AddAsync([Question("before")], CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));
        await store.AddAsync([Question("after")], CancellationToken.None);
        await File.AppendAllTextAsync(_path, "{\"id\":\"x\",\"at\":\"2019-02-20T1");

        var recent = await store.ReadAsync(_time.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);

        var question = Assert.Single(recent);
        Assert.Equal(("after", "msteams", AnswerType.Place, DeclineReason.UnknownName), (question.Text, question.Channel, question.Asked, question.Reason));
    }

    private UnansweredQuestion Question(string text) => new(_time.GetUtcNow(), "msteams", text, AnswerType.Place, DeclineReason.UnknownName);
}
