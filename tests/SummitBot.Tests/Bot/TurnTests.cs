using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Bot;

/// <summary>Turns through the Bot Framework SDK's TestAdapter: what the user sees in each reply.</summary>
public sealed class TurnTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private IBot Bot => factory.Services.GetRequiredService<IBot>();

    [Fact]
    public async Task WelcomesSomeoneWhoJoinsWithExampleQuestions()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("welcome"));
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user-1", "User")],
        };

        await new TestFlow(adapter, Bot.OnTurnAsync)
            .Send(update)
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.StartsWith("Welcome!", message.Text, StringComparison.Ordinal);
                Assert.NotEmpty(message.SuggestedActions.Actions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RemembersTheSummitForTheFollowUpInTheSameConversation()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("follow-up"));

        await new TestFlow(adapter, Bot.OnTurnAsync)
            .Send("When is the second summit?")
            .AssertReply(reply => Assert.Contains("February 27 and 28", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send("And where?")
            .AssertReply(reply => Assert.Contains("Hanoi", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationsDoNotShareTheirContext()
    {
        await new TestFlow(new TestAdapter(TestAdapter.CreateConversation("one")), Bot.OnTurnAsync)
            .Send("Who is Kim Hyok Chol?")
            .AssertReply(reply => Assert.Contains("Kim Hyok Chol", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();

        await new TestFlow(new TestAdapter(TestAdapter.CreateConversation("two")), Bot.OnTurnAsync)
            .Send("What is his title?")
            .AssertReply(reply => Assert.Contains("not in my sources", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TheCitationEntityMatchesTheMarkerInTheText()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("entity"));

        await new TestFlow(adapter, Bot.OnTurnAsync)
            .Send("Who is Stephen Biegun?")
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.Contains("[1]", message.Text, StringComparison.Ordinal);
                var entity = Assert.Single(message.Entities, e => e.Type == "https://schema.org/Message");
                Assert.Equal("Message", (string?)entity.Properties["@type"]);
                Assert.Equal("https://schema.org", (string?)entity.Properties["@context"]);
                var claim = Assert.Single((JArray)entity.Properties["citation"]!);
                Assert.Equal(1, (int)claim["position"]!);
                Assert.Equal("DigitalDocument", (string?)claim["appearance"]!["@type"]);
                Assert.InRange(((string?)claim["appearance"]!["name"])!.Length, 1, 80);
                Assert.InRange(((string?)claim["appearance"]!["abstract"])!.Length, 1, 160);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ADeclineCarriesNoCitationButSuggestsQuestions()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("decline"));

        await new TestFlow(adapter, Bot.OnTurnAsync)
            .Send("Who is the South Korean envoy?")
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.Contains("not in my sources", message.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(message.Entities ?? [], e => e.Type == "https://schema.org/Message");
                Assert.InRange(message.SuggestedActions.Actions.Count, 2, 3);
            })
            .StartTestAsync();
    }
}
