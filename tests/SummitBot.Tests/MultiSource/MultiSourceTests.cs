using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;
using SummitBot.Bot;

namespace SummitBot.Tests.MultiSource;

/// <summary>Answers across sources and time: the same answer cited from each source, a newer report over an earlier one, an undated report never taken as newest, a question that names a time.</summary>
public sealed class MultiSourceTests(MultiSourceKnowledge knowledge) : IClassFixture<MultiSourceKnowledge>
{
    [Fact]
    public void TheSameAnswerFromTwoSourcesCitesBoth()
    {
        var answer = knowledge.Answering.Converse("Where will the second Trump-Kim summit be held?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Hanoi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1][2]", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Citations.Select(c => c.SourceId).Distinct().Count());
        Assert.Equal([1, 2], answer.Citations.Select(c => c.Position));
    }

    [Fact]
    public void WhenTheStoryMovedOnTheNewestReportAnswersAndTheEarlierIsMentionedAsEarlier()
    {
        var answer = knowledge.Answering.Converse("In which city will the envoys hold their working-level meeting?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Hanoi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("as of February 18, 2019", answer.Text, StringComparison.Ordinal);
        Assert.Contains("an earlier report, of February 11, 2019, said Bangkok", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["envoys-move-to-hanoi", "envoys-plan-bangkok"], answer.Citations.Select(c => c.SourceId));
    }

    [Fact]
    public void AQuestionThatNamesATimeIsAnsweredFromTheSourcesOfThatTime()
    {
        var answer = knowledge.Answering.Converse("Where did the envoys plan to meet before February 15?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Bangkok", answer.Text, StringComparison.Ordinal);
        Assert.Equal("envoys-plan-bangkok", answer.Citations[0].SourceId);
    }

    [Fact]
    public void WhatHappenedDoesNotMoveOnSoALaterReportsOtherAnswerIsNotCitedBesideIt()
    {
        // A past question: the later report's other place is another event (the meeting moved), not a newer answer to it.
        var answer = knowledge.Answering.Converse("Where did the envoys plan to meet before February 15?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.DoesNotContain("later report", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["envoys-plan-bangkok"], answer.Citations.Select(c => c.SourceId).Distinct());
    }

    [Fact]
    public void TheSameAnswerMonthsApartIsAnotherEventNotASecondSource()
    {
        // Both reports put Moon's emergency meeting at the Blue House, six months apart: two meetings, one asked about.
        var answer = knowledge.Answering.Converse("Where did Moon hold the emergency meeting?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Blue House", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations.Select(c => c.SourceId).Distinct());
    }

    [Fact]
    public void ReportsAYearApartWithOtherAnswersAreOtherEventsNotTheStoryMovingOn()
    {
        // Two survey ships "due back in Busan", seventeen months apart: the later report is no update of the earlier.
        var answer = knowledge.Answering.Converse("When is the survey ship due back in Busan?");

        Assert.DoesNotContain("earlier report", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Citations.Select(c => c.SourceId).Distinct().Count() <= 1, answer.Text);
    }

    [Fact]
    public void AnUndatedReportIsNeverTakenAsTheNewestAndIsSaidToBeUndated()
    {
        var answer = knowledge.Answering.Converse("Where will the envoys meet?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.DoesNotContain(answer.Citations.Take(1), c => c.SourceId == "undated-envoys-note");
        if (answer.Citations.Any(c => c.SourceId == "undated-envoys-note"))
        {
            Assert.Contains("whose date is not stated", answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EverySourceOfOneAnswerIsAClaimOfTheTeamsCitationEntity()
    {
        var answer = knowledge.Answering.Converse("Where will the second Trump-Kim summit be held?");
        var reply = new ReplyRenderer().Render(answer, new Activity(ActivityTypes.Message) { ChannelId = "msteams" });

        var entity = Assert.Single(reply.Entities, e => e.Type == "https://schema.org/Message");
        var claims = (JArray)entity.Properties["citation"]!;
        Assert.Equal([1, 2], claims.Select(c => (int)c["position"]!));
        Assert.Contains("[1][2]", reply.Text, StringComparison.Ordinal);
    }
}
