using Lucene.Net.Search;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Search;
using SummitBot.Tests.Specs;

namespace SummitBot.Tests.Answering;

/// <summary>What retrieval looks for, besides the words a passage must have (on the spec articles, whose dates give "Monday" its day).</summary>
public sealed class RetrievalQueryTests(PipelineKnowledge knowledge) : IClassFixture<PipelineKnowledge>
{
    /// <summary>
    /// "What did Trump say on Monday?": the day is no word a passage must have (a source may date it otherwise), but a
    /// sentence that says "on Monday" is likelier of that day, so retrieval looks for it; without it, a person quoted in
    /// many sentences has that day's quote left out of the sentences weighed.
    /// </summary>
    [Theory]
    [InlineData("What did Trump say on Monday?", "Monday")]
    [InlineData("Why did the envoys meet on Friday?", "Friday")]
    public void ADayTheQuestionNamesByNameIsLookedFor(string question, string day)
    {
        var model = knowledge.Answering.Model;
        var reading = QuestionReader.Read(question, model);
        var stem = model.Snapshot.Analyzer.Terms(day).Single();

        var looked = SentenceRetriever.Query(reading, model).Clauses.Select(c => c.Query).OfType<TermQuery>()
            .Any(q => q.Term.Field == IndexSchema.Text && q.Term.Text == stem);

        Assert.True(looked, $"retrieval does not look for '{stem}'");
        Assert.DoesNotContain(reading.Terms, t => t.Stem == stem);
    }
}
