using SummitBot.Answering;
using SummitBot.Tests.Specs;

namespace SummitBot.Tests.Answering;

/// <summary>
/// What <c>ask --explain</c> shows a curator about the ranking stage: which named fit feature lowered a candidate and
/// by how much, so "why did it not pick that date?" is answered by the report, not by a debugger.
/// </summary>
public sealed class ExplanationTests(PipelineKnowledge knowledge) : IClassFixture<PipelineKnowledge>
{
    [Fact]
    public void A_date_in_an_aside_is_shown_lowered_by_the_feature_that_lowered_it()
    {
        // "A tourism survey, published on Wednesday, said the bookings appeared to have peaked between February 24 and
        // March 1": the aside's date is the survey's, not the peak's.
        var report = knowledge.Answering.Explainer.Explain("When did the bookings peak?", FollowUpContext.Empty);

        var aside = report.Split('\n').SkipWhile(line => !line.Contains("(\u201CWednesday\u201D)", StringComparison.Ordinal)).Skip(1).FirstOrDefault();
        Assert.NotNull(aside);
        Assert.Contains("fit lowered by date in aside 0.50", aside, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidate_nothing_lowered_names_no_feature()
    {
        var report = knowledge.Answering.Explainer.Explain("When did the bookings peak?", FollowUpContext.Empty);

        var peak = report.Split('\n').SkipWhile(line => !line.Contains("February 24", StringComparison.Ordinal)).Skip(1).FirstOrDefault();
        Assert.NotNull(peak);
        Assert.DoesNotContain("fit lowered by", peak, StringComparison.Ordinal);
    }
}
