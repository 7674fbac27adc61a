using SummitBot.Answering.Questions;

namespace SummitBot.Tests.Specs;

/// <summary>splitting.txt: the questions a message asks, in order ("where and when is X?" is two); one test per case.</summary>
public sealed class SplittingSpecs
{
    private const string File = "splitting.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = SpecFile.Case(File, id);
        spec.OnlyLines(">", "=>");
        var message = spec.One(">") ?? throw new FormatException($"{spec.Where}: no '>' message");
        var parts = QuestionSplitter.Split(message);

        Assert.True(parts.SequenceEqual(spec.All("=>")), $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}split into:{Environment.NewLine}{string.Join(Environment.NewLine, parts.Select(p => "=> " + p))}");
    }
}
