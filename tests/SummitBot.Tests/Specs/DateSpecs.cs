using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Tests.Specs;

/// <summary>
/// dates.txt: the dates a sentence names, worked out against the article's published date (and, for "two days
/// later", the date the story reached before), and how the bot says a date; one test per case.
/// </summary>
public sealed class DateSpecs
{
    private const string File = "dates.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = SpecFile.Case(File, id);
        spec.OnlyLines("published:", ">", "'", "! '", "display:", "=>");
        if (spec.One("display:") is { } encoded)
        {
            var date = CalendarDate.Decode(encoded) ?? throw new FormatException($"{spec.Where}: not a date: {encoded}");
            Assert.True(date.Display() == spec.One("=>"), $"{spec.Where}{Environment.NewLine}{spec.Text}{Environment.NewLine}said: {date.Display()}");
            return;
        }

        // One reader for the case's sentences, in order, as for one article.
        var reader = new DateReader(PublishedDate.Parse(spec.One("published:") ?? throw new FormatException($"{spec.Where}: no 'published:' line")));
        var read = new List<string>();
        foreach (var text in spec.All(">"))
        {
            var sentence = new ReadSentence(0, 0, read.Count, text);
            reader.Read(sentence);
            read.AddRange(sentence.Annotations.Where(a => a.Kind == AnnotationKind.Date).Select(a => Print(a, text)));
        }

        var wrong = new List<string>();
        foreach (var line in spec.Lines)
        {
            if (line.After("! ") is { } not && read.FirstOrDefault(r => r.StartsWith(not, StringComparison.Ordinal)) is { } found)
            {
                wrong.Add($"line {line.Number}: read, but must not be: {found}");
            }
            else if (line.Text.StartsWith('\'') && !read.Contains(line.Text))
            {
                wrong.Add($"line {line.Number}: not read: {line.Text}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, [spec.Where, spec.Text, .. wrong, "read:", .. read.Select(r => "    " + r)]));
    }

    /// <summary>A date as read and said: <c>'next week' = the week of February 18, 2019</c>; one that cannot be worked out is "no date".</summary>
    private static string Print(Annotation date, string sentence) =>
        $"'{date.TextIn(sentence)}' = {(CalendarDate.Decode(date.Value) is { } day ? day.Display() : "no date")}";
}
