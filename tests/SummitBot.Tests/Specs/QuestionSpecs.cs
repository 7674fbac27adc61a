using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Tests.Specs;

/// <summary>
/// questions.txt: the kind of answer a question's words ask for, with the grain of place where it names one and
/// whether the kind is only guessed; one test per case. Read from the words as the question reader takes them.
/// </summary>
public sealed class QuestionSpecs
{
    private const string File = "questions.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = SpecFile.Case(File, id);
        spec.OnlyLines(">", "=>");
        var question = spec.One(">") ?? throw new FormatException($"{spec.Where}: no '>' question");
        var tokens = Tokenizer.Tokenize(QuestionReader.SpellNumberSign(question));
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => QuestionReader.Plain(t.Text).ToLowerInvariant()).ToList();
        var reading = QuestionType.Of(words, QuestionReader.Owners(tokens));
        var said = reading.Type + (reading.Place is { } place ? $" ({place})" : string.Empty) + (reading.Outright ? string.Empty : ", guessed");

        Assert.True(said == spec.One("=>"), $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}read as: {said}");
    }
}
