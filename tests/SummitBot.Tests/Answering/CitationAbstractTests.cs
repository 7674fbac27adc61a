using SummitBot.Answering;

namespace SummitBot.Tests.Answering;

public sealed class CitationAbstractTests
{
    private const string Passage =
        "Following a meeting last week, U.S. Special Representative for North Korea Stephen Biegun will meet his North Korean " +
        "counterpart Kim Hyok Chol, the special representative for U.S. Affairs of North Korea's State Affairs Commission, " +
        "before a second U.S.-North Korea summit.";

    [Fact]
    public void AShortPassageIsKeptWhole() =>
        Assert.Equal("The summit will take place in Hanoi.", CitationAbstract.Cut("The summit will take place in Hanoi.", "Hanoi"));

    [Theory]
    [InlineData("Stephen Biegun")]
    [InlineData("State Affairs Commission")]
    [InlineData("second U.S.-North Korea summit")]
    public void ALongPassageIsCutAtWordsAroundTheAnswer(string answer)
    {
        var cut = CitationAbstract.Cut(Passage, answer);

        Assert.InRange(cut.Length, 1, CitationAbstract.MaxLength);
        Assert.Contains(answer, cut, StringComparison.Ordinal);
        var words = cut.Trim('\u2026').Split(' ');
        Assert.All(words, w => Assert.Contains(w, Passage, StringComparison.Ordinal));
    }
}
