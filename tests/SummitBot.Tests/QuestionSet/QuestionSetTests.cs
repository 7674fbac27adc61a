using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Tests.Http;
using Xunit.Abstractions;

namespace SummitBot.Tests.QuestionSet;

/// <summary>
/// Runs the whole question set (questions.json) through the bot, over HTTP and through TestAdapter, and prints the
/// score. Every case must pass; a failure lists each case that went wrong and how.
/// </summary>
public sealed class QuestionSetTests(BotApplicationFactory factory, ITestOutputHelper output) : IClassFixture<BotApplicationFactory>
{
    [Theory]
    [InlineData("http")]
    [InlineData("testadapter")]
    public async Task EveryQuestionIsAnsweredCitedOrDeclinedAsExpected(string transport)
    {
        IConversationDriver driver = transport == "http"
            ? new HttpDriver(factory.CreateClient())
            : new TestAdapterDriver(factory.Services.GetRequiredService<IBot>());

        var failures = new List<string>();
        int answered = 0, cited = 0, declined = 0, other = 0;
        foreach (var c in QuestionCase.All)
        {
            var conversation = $"{transport}-{c.Id}";
            BotReply? reply = null;
            foreach (var question in c.Ask)
            {
                reply = await driver.SendAsync(conversation, question);
            }

            var verdict = QuestionSetJudge.Judge(c, reply!);
            if (verdict is not null)
            {
                failures.Add($"  {c.Id} [{c.Kind}] \"{c.Ask[^1]}\": {verdict}");
            }

            if (reply!.Text.Contains(QuestionSetJudge.DeclinePhrase, StringComparison.OrdinalIgnoreCase))
            {
                declined++;
            }
            else if (reply.Citations.Count > 0)
            {
                answered++;
                cited++;
            }
            else
            {
                other++;
            }
        }

        var total = QuestionCase.All.Count;
        var score = new StringBuilder()
            .AppendLine($"Question set over {transport}: {total - failures.Count}/{total} passed")
            .AppendLine($"  answered {answered}, cited {cited}, declined {declined}, chit-chat/other {other}");
        output.WriteLine(score.ToString());
        Assert.True(failures.Count == 0, score.AppendLine("Failures:").AppendJoin('\n', failures).ToString());
    }
}
