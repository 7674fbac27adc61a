using SummitBot.Answering.Questions;

namespace SummitBot.Tests.Answering;

/// <summary>The place a question names, which "there" in the next question stands for.</summary>
public sealed class ReferentsTests
{
    [Theory]
    [InlineData("When did Kim arrive in Hanoi?", "Hanoi")]
    [InlineData("Which station did Kim Jong Un arrive at in Vietnam?", "Vietnam")]
    [InlineData("Where did Kim Jong Un and Donald Trump meet in 2018?", null)]
    [InlineData("Did Moon Jae-in fly to Pyongyang?", "Pyongyang")]
    public void TheFirstPlaceAQuestionNamesIsNeverTheLastWordOfAPersonsName(string question, string? place) =>
        Assert.Equal(place, Referents.PlaceNamed(question));
}
