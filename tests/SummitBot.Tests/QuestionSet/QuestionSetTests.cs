using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.QuestionSet;

/// <summary>
/// The seed article's question set (questions.json), one test per case and way of talking to the bot (over HTTP, and
/// through the SDK's TestAdapter), so a failing case reads as its own line. Every case must pass.
/// </summary>
public sealed class QuestionSetTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var transport in new[] { "http", "testadapter" })
        {
            foreach (var c in QuestionCase.All)
            {
                data.Add(transport, c.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsAnsweredCitedOrDeclinedAsExpected(string transport, string id)
    {
        var c = QuestionCase.All.Single(q => q.Id == id);
        IConversationDriver driver = transport == "http"
            ? new HttpDriver(factory.CreateClient())
            : new TestAdapterDriver(factory.Services.GetRequiredService<IBot>());

        var conversation = $"{transport}-{c.Id}-{Guid.NewGuid():N}";
        BotReply? reply = null;
        foreach (var question in c.Ask)
        {
            reply = await driver.SendAsync(conversation, question);
        }

        var verdict = QuestionSetJudge.Judge(c, reply!);
        Assert.True(verdict is null, $"{c.Id} [{c.Kind}] \u201C{c.Ask[^1]}\u201D: {verdict}");
    }
}
