using System.Collections.Concurrent;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Specs;

/// <summary>
/// Reads the spec files of this folder, read from the source tree (as the development set is) so a case is edited and
/// rerun without a copy step. A file is plain text: everything before its first heading documents it; "## " opens a
/// section; "### id" opens a case (both in the first column), whose non-blank lines up to the next heading are its
/// lines ("//" starts a note, skipped). Each case becomes one row of a theory, named by its id, so a failing case
/// reads as its own line.
/// </summary>
internal static class SpecFile
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "SummitBot.Tests", "Specs");

    private static readonly ConcurrentDictionary<string, IReadOnlyList<SpecCase>> Files = new(StringComparer.Ordinal);

    /// <summary>The ids of a file's cases, in file order, as theory data.</summary>
    public static TheoryData<string> Ids(string file)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases(file))
        {
            data.Add(c.Id);
        }

        return data;
    }

    public static SpecCase Case(string file, string id) => Cases(file).Single(c => c.Id == id);

    private static IReadOnlyList<SpecCase> Cases(string file) => Files.GetOrAdd(file, f => Parse(f, File.ReadAllLines(Path.Combine(Folder, f))));

    private static List<SpecCase> Parse(string file, string[] text)
    {
        var cases = new List<SpecCase>();
        var section = string.Empty;
        (string Id, int Line, List<SpecLine> Lines)? open = null;

        void Close()
        {
            if (open is { } c)
            {
                if (c.Lines.Count == 0)
                {
                    throw new FormatException($"{file}:{c.Line}: case '{c.Id}' has no lines");
                }

                cases.Add(new SpecCase(file, section, c.Id, c.Line, c.Lines));
            }

            open = null;
        }

        for (var n = 0; n < text.Length; n++)
        {
            // Headings start in the first column; the documentation above the first one may show them indented.
            var line = text[n].Trim();
            if (text[n].StartsWith("### ", StringComparison.Ordinal))
            {
                Close();
                var id = line[4..].Trim();
                if (id.Length == 0 || id.Contains(' ', StringComparison.Ordinal) || cases.Any(c => c.Id == id))
                {
                    throw new FormatException($"{file}:{n + 1}: a case id is one word, unique in its file: '{id}'");
                }

                open = (id, n + 1, []);
            }
            else if (text[n].StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                section = line[3..].Trim();
            }
            else if (open is { } current && line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                current.Lines.Add(new SpecLine(n + 1, line));
            }
        }

        Close();
        return cases;
    }
}
