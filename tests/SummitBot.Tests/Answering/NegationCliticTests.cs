using SummitBot.Answering.Questions;
using SummitBot.Tests.Specs;

namespace SummitBot.Tests.Answering;

/// <summary>A verb with the clitic of negation is a negation, not a word a passage must have (on the spec articles).</summary>
public sealed class NegationCliticTests(PipelineKnowledge knowledge) : IClassFixture<PipelineKnowledge>
{
    /// <summary>
    /// "won't" with its clitic dropped is "won", a word of its own: read as one, "who said the hearing won't be
    /// delayed?" asked every passage for a win, and declined a sentence that says the hearing would not be delayed.
    /// </summary>
    [Theory]
    [InlineData("who said the quota hearing won't be delayed", "won")]
    [InlineData("who said the quota hearing won’t be delayed", "won")]
    [InlineData("Why can't the ferry sail?", "can")]
    public void AVerbWithTheCliticOfNegationIsNoWordToLookFor(string question, string word)
    {
        var reading = QuestionReader.Read(question, knowledge.Answering.Model);

        Assert.DoesNotContain(reading.Terms, t => t.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheSameWordWithoutTheCliticIsLookedFor()
    {
        var reading = QuestionReader.Read("who won the quota hearing", knowledge.Answering.Model);

        Assert.Contains(reading.Terms, t => t.Word.Equals("won", StringComparison.OrdinalIgnoreCase));
    }
}
