using SummitBot.Answering;
using SummitBot.Answering.Questions;

namespace SummitBot.Tests.Specs;

/// <summary>
/// followups.txt: a follow-up spelt out from the question before it, the person and the topic the conversation
/// carries ("and where?" → "where is the second summit?"), and what a question leaves for "it" to stand for next;
/// one test per case.
/// </summary>
public sealed class FollowUpSpecs
{
    private const string File = "followups.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = SpecFile.Case(File, id);
        spec.OnlyLines("asked:", "person:", "topic:", "place:", "last asked:", "refers to the place answered:", "left for the conversation:", "topic of:", ">", "=>", "leans on context:");
        var expected = spec.One("=>") ?? throw new FormatException($"{spec.Where}: no '=>' line");
        string said;
        if (spec.One("topic of:") is { } question)
        {
            said = FollowUps.TopicOf(question) ?? "none";
        }
        else
        {
            var followUp = spec.One(">") ?? throw new FormatException($"{spec.Where}: no '>' follow-up");
            var asked = spec.One("asked:");

            // As the bot carries it on after an answer: the topic is the last question's, unless the case says otherwise.
            var context = new FollowUpContext
            {
                Question = asked,
                Person = spec.One("person:"),
                Topic = spec.One("topic:") ?? (asked is null ? null : FollowUps.TopicOf(asked)),
                Place = spec.One("place:"),
                Asks = spec.One("last asked:"),
            };
            said = FollowUps.Rewrite(followUp, context);
            if (spec.One("leans on context:") is { } leans)
            {
                var leansOn = FollowUps.LeansOnContext(followUp) ? "yes" : "no";
                Assert.True(leans == leansOn, $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}leans on context: {leansOn}");
            }

            if (spec.One("left for the conversation:") is { } left)
            {
                var leftFor = FollowUps.Unresolved(said) ? "yes" : "no";
                Assert.True(left == leftFor, $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}left for the conversation: {leftFor}");
            }

            if (spec.One("refers to the place answered:") is { } refers)
            {
                var refersTo = FollowUps.RefersToPlaceAnswered(followUp, context) ? "yes" : "no";
                Assert.True(refers == refersTo, $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}refers to the place answered: {refersTo}");
            }
        }

        Assert.True(said == expected, $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}said: {said}");
    }
}
