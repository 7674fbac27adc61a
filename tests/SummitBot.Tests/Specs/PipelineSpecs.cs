using SummitBot.Answering;

namespace SummitBot.Tests.Specs;

/// <summary>
/// pipeline.txt: questions asked of the whole answering core, on the seed knowledge with the spec article added,
/// and the answer each must get (words it says, the source it cites) or the decline; one test per case.
/// </summary>
public sealed class PipelineSpecs(PipelineKnowledge knowledge) : IClassFixture<PipelineKnowledge>
{
    private const string File = "pipeline.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = SpecFile.Case(File, id);
        spec.OnlyLines(">", "=>", "=!", "cites:", "cited:", "asks:");
        var questions = spec.All(">");
        var expected = spec.All("=>");
        if (questions.Count == 0 || expected.Count == 0)
        {
            throw new FormatException($"{spec.Where}: a case asks at least one '>' question and says what comes back with '=>'");
        }

        var answer = knowledge.Answering.Converse([.. questions]);
        var cited = answer.Citations.Select(c => c.SourceId).FirstOrDefault() ?? "nothing";
        var wrong = new List<string>();
        foreach (var line in spec.Lines)
        {
            var fine = line.Text switch
            {
                "=> declined" => answer.Kind == AnswerKind.Declined && answer.Citations.Count == 0,
                _ when line.After("=>") is { } words => answer.IsAnswered && answer.Text.Contains(words, StringComparison.Ordinal),
                _ when line.After("=!") is { } absent => !answer.Text.Contains(absent, StringComparison.Ordinal),
                _ when line.After("cites:") is { } source => cited == source,
                _ when line.After("cited:") is { } words => answer.Citations.Count > 0 && answer.Citations[0].Passage.Contains(words, StringComparison.Ordinal),
                _ when line.After("asks:") is { } type => answer.Asked?.ToString() == type,
                _ => true,
            };
            if (!fine)
            {
                wrong.Add($"line {line.Number}: not so: {line.Text}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, [spec.Where, spec.Text, .. wrong, $"answer ({answer.Kind}, asks {answer.Asked}, cites {cited}):", "    " + answer.Text]));
    }
}
