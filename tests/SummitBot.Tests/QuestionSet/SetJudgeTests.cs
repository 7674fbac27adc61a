using SummitBot.TestTools.QuestionSets;

namespace SummitBot.Tests.QuestionSet;

/// <summary>
/// The question sets' judge reads an expected word as a word of its own: a yes/no answer is judged by the word it
/// opens with, not by a "no" inside "North" in the passage it quotes.
/// </summary>
public class SetJudgeTests
{
    [Theory]
    [InlineData("No: It was the third meeting [1].", "No", true)]
    [InlineData("Yes: The visit was the first in the North's capital [1].", "No", false)]
    [InlineData("Yes: Seoul said so [1].", "Yes", true)]
    [InlineData("Where is it? Hanoi [1]. and was it agreed? No: The talks ended [2].", "No", true)]
    [InlineData("About 145 people [1].", "45", false)]
    [InlineData("About 45 people [1].", "45", true)]
    [InlineData("The 11th launch [1].", "11", true)]
    [InlineData("Kim's train [1].", "Kim", true)]
    [InlineData("About $14 million [1].", "$14 million", true)]
    [InlineData("Nampo, North Korea [1].", "Nam", false)]
    public void ReadsAnExpectedWordAsAWordOfItsOwn(string answer, string expected, bool says) =>
        Assert.Equal(says, SetJudge.Says(answer, expected));
}
