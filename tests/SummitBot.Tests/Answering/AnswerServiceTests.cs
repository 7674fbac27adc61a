using SummitBot.Answering;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Answering;

public sealed class AnswerServiceTests(AnsweringHost answering) : IClassFixture<AnsweringHost>
{
    [Fact]
    public void CitesThePassageThatNamesTheCity()
    {
        var answer = answering.Converse("where is the second summit?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Hanoi, Vietnam", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("[1].", answer.Text, StringComparison.Ordinal);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(1, citation.Position);
        Assert.Contains("Hanoi", citation.Passage, StringComparison.Ordinal);
        Assert.Equal("US, North Korean Envoys to Meet Again Before Second Trump-Kim Summit", citation.SourceTitle);
    }

    [Fact]
    public void DeclinesAThirdSummitAndSaysWhatIsMissing()
    {
        var answer = answering.Converse("Where will the third summit be held?");

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.Contains("not in my sources", answer.Text, StringComparison.Ordinal);
        Assert.Contains("third summit", answer.Text, StringComparison.Ordinal);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
    }

    [Fact]
    public void AnAnswerCarriesTheConfidenceItReachedAndADeclineNone()
    {
        var answered = answering.Converse("where is the second summit?");
        var declined = answering.Converse("Where will the third summit be held?");

        Assert.InRange(answered.Confidence!.Value, SummitBot.Answering.Ranking.RankingWeights.Threshold, 1.0);
        Assert.Null(declined.Confidence);
    }

    [Theory]
    [InlineData("How many missile tests did Kim oversee in 2018?")]
    [InlineData("How many nuclear tests did North Korea conduct in 2017?")]
    [InlineData("When will Trump visit Pyongyang?")]
    [InlineData("Who is the Vietnamese president?")]
    [InlineData("What did Kim Hyok Chol say?")]
    [InlineData("what is the capital of North Korea")]
    public void DeclinesLookAlikesTheSourcesNeverMention(string question)
    {
        var answer = answering.Converse(question);

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void EverySuggestedQuestionIsAnsweredByTheFactThatSuggestsIt()
    {
        var model = answering.Provider.Current.Knowledge;
        var wrong = model.Facts
            .Where(f => f.Example is not null)
            .Select(f => (Fact: f, Answer: answering.Converse(f.Example!)))
            .Where(p => p.Answer.FactId != p.Fact.Id)
            .Select(p => $"{p.Fact.Example} -> {p.Answer.FactId ?? p.Answer.Kind.ToString()} (expected {p.Fact.Id})")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void AFollowUpKeepsTheEventAndChangesWhatIsAsked()
    {
        var answer = answering.Converse("When is the second summit?", "And where?");

        Assert.Contains("Hanoi", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APronounPointsAtThePersonTalkedAbout()
    {
        var answer = answering.Converse("Who is Kim Hyok Chol?", "What is his title?");

        Assert.Contains("State Affairs Commission", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Biegun's title", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoSaidThatNamesTheSpeakerOfTheLastAnswer()
    {
        var answer = answering.Converse("When will the envoys meet again?", "Who said that?");

        Assert.Contains("spokesperson at South Korea's presidential office", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
    }

    [Theory]
    [InlineData("talks OR (envoy")]
    [InlineData("title:x^10")]
    [InlineData("?")]
    [InlineData("\"unbalanced")]
    [InlineData("summit~ AND NOT hanoi*")]
    [InlineData("\u202Ewhere\u0000 is \u200Fthe second summit 🤔")]
    public void QuerySyntaxAndControlCharactersAreJustText(string question)
    {
        var answer = answering.Converse(question);

        Assert.NotNull(answer.Text);
    }

    [Theory]
    [InlineData("Is the second summit in Singapore?", "Hanoi")]
    [InlineData("Did Trump and Kim meet in Singapore?", "June 12, 2018")]
    [InlineData("Did Kim oversee 21 missile tests in 2017?", "21 ballistic missile tests")]
    public void AYesNoQuestionIsAnsweredWithTheFactItAsksAbout(string question, string shows)
    {
        var answer = answering.Converse(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(shows, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many ICBM tests were there in 2017?", "three")]
    [InlineData("# of ballistic missile tests 2017", "21")]
    [InlineData("where will trump and kim jong un meet", "Hanoi")]
    [InlineData("Where did Trump and Kim meet?", "Singapore")]
    [InlineData("What did Biegun say?", "productive set of discussions")]
    [InlineData("what did trump call kim jong un", "Rocketman")]
    [InlineData("Quick question: where was the first summit?", "Singapore")]
    [InlineData("where was summit one", "Singapore")]
    public void TellsApartFactsThatShareWords(string question, string expected)
    {
        var answer = answering.Converse(question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATooLongMessageIsAskedToBeShorter()
    {
        var answer = answering.Converse(string.Join(' ', Enumerable.Repeat("where is the summit", 200)));

        Assert.Equal(AnswerKind.Unreadable, answer.Kind);
        Assert.Contains("shorter question", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void GreetingsAndThanksAreAnsweredBriefly()
    {
        Assert.Equal(AnswerKind.Greeting, answering.Converse("hello!").Kind);
        Assert.NotEmpty(answering.Converse("help").Suggestions);
        Assert.Equal(AnswerKind.Thanks, answering.Converse("thanks a lot").Kind);
    }

    [Theory]
    [InlineData("What can you do for me?", AnswerKind.Greeting)]
    [InlineData("who are you exactly, bot?", AnswerKind.Greeting)]
    [InlineData("Thank you so much for all the info, see you later guys!", AnswerKind.Thanks)]
    [InlineData("hi there bot, good morning to you all", null)]
    [InlineData("What can you do about the summit's venue?", null)]
    [InlineData("Thanks. Where is the second summit?", null)]
    public void ChitChatIsRecognisedOnlyWhenTheMessageIsNothingElse(string message, AnswerKind? chitChat)
    {
        var kind = answering.Converse(message).Kind;

        if (chitChat is { } expected)
        {
            Assert.Equal(expected, kind);
        }
        else
        {
            Assert.NotEqual(AnswerKind.Greeting, kind);
            Assert.NotEqual(AnswerKind.Thanks, kind);
        }
    }

    [Fact]
    public void WithoutItsContextAFollowUpIsToldSoAndAWholeQuestionIsStillAnswered()
    {
        var followUp = answering.Service.Ask("And where?", FollowUpContext.Unavailable);
        var whole = answering.Service.Ask("Where is the second summit?", FollowUpContext.Unavailable);

        Assert.Equal(DeclineReason.ContextLost, followUp.Decline);
        Assert.Contains("lost track of our conversation", followUp.Text, StringComparison.Ordinal);
        Assert.Empty(followUp.Citations);
        Assert.False(followUp.Context.IsUnavailable);
        Assert.Equal(AnswerKind.Answered, whole.Kind);
        Assert.Contains("Hanoi", whole.Text, StringComparison.Ordinal);
        Assert.False(whole.Context.IsUnavailable);
    }
}
