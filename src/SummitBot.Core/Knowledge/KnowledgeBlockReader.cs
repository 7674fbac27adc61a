namespace SummitBot.Knowledge;

/// <summary>
/// Reads the block format of facts files and source headers: <c>[kind id]</c> starts a block, <c>key: value</c> lines
/// fill it, indented lines continue the last value, <c>#</c> starts a comment line.
/// A malformed block is reported with its line and skipped; the rest of the file is still read.
/// </summary>
internal static class KnowledgeBlockReader
{
    public static List<KnowledgeBlock> Read(IReadOnlyList<string> lines, int firstLine, string file, List<KnowledgeProblem> problems, bool headerOnly = false)
    {
        var blocks = new List<KnowledgeBlock>();
        KnowledgeBlock? current = headerOnly ? new KnowledgeBlock("source", string.Empty, firstLine) : null;
        var broken = false;
        string? lastKey = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = firstLine + i;
            var raw = lines[i];
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                if (!headerOnly && line.StartsWith('['))
                {
                    Close();
                    current = Header(line, lineNumber);
                    broken = false;
                    lastKey = null;
                    continue;
                }

                if (broken)
                {
                    continue;
                }

                if (current is null)
                {
                    throw new KnowledgeFormatException(lineNumber, "a value outside any [entity …] or [fact …] block");
                }

                if (char.IsWhiteSpace(raw[0]) && lastKey is not null)
                {
                    current.Append(lastKey, line);
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new KnowledgeFormatException(lineNumber, $"expected 'key: value', found '{Shorten(line)}'");
                }

                lastKey = line[..colon].Trim();
                current.Set(lastKey, line[(colon + 1)..].Trim(), lineNumber);
            }
            catch (KnowledgeFormatException e)
            {
                problems.Add(new KnowledgeProblem(file, e.Line, e.Message));
                broken = true;
                if (current is not null && !headerOnly)
                {
                    current = null;
                }
            }
        }

        Close();
        return blocks;

        void Close()
        {
            if (current is not null && !broken)
            {
                blocks.Add(current);
            }

            current = null;
        }
    }

    private static KnowledgeBlock Header(string line, int lineNumber)
    {
        var end = line.IndexOf(']', StringComparison.Ordinal);
        var parts = end > 0 ? line[1..end].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (parts.Length != 2 || end != line.Length - 1)
        {
            throw new KnowledgeFormatException(lineNumber, $"expected a block header like '[fact some-id]', found '{Shorten(line)}'");
        }

        return new KnowledgeBlock(parts[0].ToLowerInvariant(), parts[1], lineNumber);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
