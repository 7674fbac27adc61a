using System.Text;
using SummitBot.Language.Reading;

namespace SummitBot.Tests.Specs;

/// <summary>
/// Runs a case of reading.txt or quantities.txt: reads its paragraphs as an article and checks the annotations and
/// people it lists, in the form the reader prints them (<c>Kind 'text' = value (detail)</c>), so a line can be copied
/// from a printout. Only what a case lists is checked: a line must be found, a "!" line must not.
/// </summary>
internal static class ArticleSpec
{
    private const string Published = "published:";
    private const string Headline = "headline:";
    private const string Paragraph = ">";
    private const string Person = "person:";
    private const string Not = "!";
    private const string Ellipsis = "...";

    public static void Check(SpecCase spec)
    {
        spec.OnlyLines([Published, Headline, Paragraph, Person, Not, .. Enum.GetNames<AnnotationKind>().Select(k => k + " '")]);
        var paragraphs = spec.All(Paragraph);
        if (paragraphs.Count == 0)
        {
            throw new FormatException($"{spec.Where}: no '>' paragraph to read");
        }

        var reading = ArticleReader.Read(spec.One(Headline) ?? string.Empty, spec.One(Published), paragraphs);
        var annotations = reading.Sentences.SelectMany(s => s.Annotations.Select(a => Print(a, s.Text))).ToList();
        var people = reading.People.Select(p => Collapse(p.ToString())).ToList();

        var wrong = new List<string>();
        foreach (var line in spec.Lines.Where(l => l.After(Published) is null && l.After(Headline) is null && l.After(Paragraph) is null))
        {
            var negated = line.After(Not);
            var expected = negated ?? line.Text;
            var person = expected.StartsWith(Person, StringComparison.Ordinal);
            var among = person ? people : annotations;
            var wanted = Collapse(person ? expected[Person.Length..] : expected);
            if (negated is not null)
            {
                // A "!" line names what must not be read, by the start of its printed form.
                var start = wanted.EndsWith(Ellipsis, StringComparison.Ordinal) ? wanted[..^Ellipsis.Length] : wanted;
                if (among.FirstOrDefault(a => a.StartsWith(start, StringComparison.Ordinal)) is { } found)
                {
                    wrong.Add($"line {line.Number}: read, but must not be: {found}");
                }
            }
            else if (!among.Any(a => Matches(a, wanted)))
            {
                wrong.Add($"line {line.Number}: not read: {wanted}");
            }
        }

        Assert.True(wrong.Count == 0, Report(spec, wrong, reading));
    }

    /// <summary>An annotation as the reader's printout shows it: <c>Duration 'nearly two hours' = 2 (hour)</c>.</summary>
    private static string Print(Annotation annotation, string sentence) =>
        $"{annotation.Kind} '{annotation.TextIn(sentence)}' = {annotation.Value}" + (annotation.Detail.Length > 0 ? $" ({annotation.Detail})" : string.Empty);

    /// <summary>A line ending in "..." gives the start of what is read; any other, all of it.</summary>
    private static bool Matches(string actual, string wanted) =>
        wanted.EndsWith(Ellipsis, StringComparison.Ordinal)
            ? actual.StartsWith(wanted[..^Ellipsis.Length], StringComparison.Ordinal)
            : actual == wanted;

    /// <summary>Runs of spaces as one, as a printout padded into columns has them.</summary>
    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Report(SpecCase spec, List<string> wrong, ArticleReading reading)
    {
        var report = new StringBuilder().AppendLine(spec.Where).AppendLine(spec.Text).AppendLine(string.Join(Environment.NewLine, wrong)).AppendLine("read:");
        foreach (var sentence in reading.Sentences)
        {
            report.AppendLine($"  [{sentence.Paragraph}.{sentence.Index}] {sentence.Text}");
            foreach (var annotation in sentence.Annotations)
            {
                report.AppendLine("    " + Print(annotation, sentence.Text));
            }
        }

        foreach (var person in reading.People)
        {
            report.AppendLine("  person: " + person);
        }

        return report.ToString();
    }
}
