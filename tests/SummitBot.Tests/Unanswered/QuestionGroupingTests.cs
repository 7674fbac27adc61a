using SummitBot.Answering;
using SummitBot.Unanswered;

namespace SummitBot.Tests.Unanswered;

public sealed class QuestionGroupingTests
{
    private static readonly DateTimeOffset Start = new(2019, 2, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CasePunctuationStopWordsAndWordEndingsDoNotMakeAnotherQuestion()
    {
        Assert.Equal(QuestionWording.Terms("Where is the THIRD summit?"), QuestionWording.Terms("where's the third summit"));
        Assert.Equal(["where", "third", "summit"], QuestionWording.Terms("Where, please, is the third summit??"));
        Assert.Equal(QuestionWording.Terms("when are the meetings"), QuestionWording.Terms("When is the meeting?"));
    }

    [Fact]
    public void SimilarQuestionsAreOneGroupAndAnotherQuestionWordIsAnotherGroup()
    {
        var groups = QuestionGrouper.Group(
        [
            Asked("Where is the third summit?", 0),
            Asked("where is the third summit", 1),
            Asked("Where will the third summit be held?", 2),
            Asked("wheres the thrid summit", 3),
            Asked("When is the third summit?", 4),
        ]);

        Assert.Equal(2, groups.Count);
        Assert.Equal(4, groups[0].Count);
        Assert.Equal("Where is the third summit?", groups[0].Wordings[0].Key);
        Assert.Equal(2, groups[0].Wordings[0].Value);
        Assert.Equal(["Where will the third summit be held?", "wheres the thrid summit"], groups[0].Wordings.Skip(1).Select(w => w.Key));
        Assert.Equal("When is the third summit?", Assert.Single(groups[1].Wordings).Key);
    }

    [Fact]
    public void GroupsComeMostAskedFirstWithTheirReasonsChannelsAndTimes()
    {
        var groups = QuestionGrouper.Group(
        [
            Asked("Who is the Swedish envoy?", 0, "slack", DeclineReason.UnknownName, AnswerType.Person),
            Asked("Why was Hanoi chosen?", 1, "msteams", DeclineReason.NotFound, AnswerType.Reason),
            Asked("why was hanoi chosen", 2, "msteams", DeclineReason.NotFound, AnswerType.Reason),
            Asked("Why was Hanoi picked?", 3, "webchat", DeclineReason.LowConfidence, AnswerType.Reason),
            Asked("Why was Hanoi chosen?", 5, "msteams", DeclineReason.NotFound, AnswerType.Reason),
        ]);

        Assert.Equal([3, 1, 1], groups.Select(g => g.Count));
        var top = groups[0];
        Assert.Equal([new KeyValuePair<string, int>("msteams", 3)], top.Channels);
        Assert.Equal([new KeyValuePair<DeclineReason?, int>(DeclineReason.NotFound, 3)], top.Reasons);
        Assert.Equal((Start.AddMinutes(1), Start.AddMinutes(5)), (top.First, top.Last));

        // Of two groups asked once each, the more recent first.
        Assert.Equal("Why was Hanoi picked?", groups[1].Wordings[0].Key);
        Assert.Equal("Who is the Swedish envoy?", groups[2].Wordings[0].Key);
    }

    [Fact]
    public void AQuestionOfOnlyStopWordsIsGroupedByItsText()
    {
        var groups = QuestionGrouper.Group([Asked("Is it?", 0), Asked("is it", 1), Asked("What?", 2)]);

        Assert.Equal([2, 1], groups.Select(g => g.Count));
    }

    [Theory]
    [InlineData("third", "thrid", true)]
    [InlineData("summit", "sumit", true)]
    [InlineData("summit", "summits", true)]
    [InlineData("hanoi", "hanio", true)]
    [InlineData("third", "fourth", false)]
    [InlineData("envoy", "enjoy", true)]
    [InlineData("envoy", "convoy", false)]
    [InlineData("envoy", "envoys2", false)]
    public void TwoWordsOneEditApartAreATypo(string a, string b, bool expected) => Assert.Equal(expected, QuestionWording.OneEditApart(a, b));

    private static UnansweredQuestion Asked(string text, int minute, string channel = "emulator", DeclineReason reason = DeclineReason.NotFound, AnswerType asked = AnswerType.Place) =>
        new(Start.AddMinutes(minute), channel, text, asked, reason);
}
