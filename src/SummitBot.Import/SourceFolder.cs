using System.Globalization;
using System.Text;

namespace SummitBot.Import;

/// <summary>
/// The <c>sources</c> folder of the knowledge: which articles it holds (by canonical address and by text), which ids
/// are taken, and writing a source file whole: to a temporary file first, then moved over the old one, so the
/// running bot's knowledge watcher never reads a half-written source.
/// </summary>
internal sealed class SourceFolder
{
    private const int MaxIdStem = 60;

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly string _folder;
    private readonly Dictionary<string, ExistingSource> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExistingSource> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExistingSource> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    private SourceFolder(string folder) => _folder = folder;

    public string Folder => _folder;

    /// <summary>Reads the folder's source files (as the loader does: <c>*.txt</c>, in sub-folders too, hidden files skipped).</summary>
    public static SourceFolder Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var sources = new SourceFolder(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", options).Order(StringComparer.Ordinal))
        {
            string content;
            try
            {
                content = File.ReadAllText(path, Utf8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The loader reports it; its id stays taken so an import does not write over it.
                sources._ids.Add(Path.GetFileNameWithoutExtension(path));
                continue;
            }

            sources.Remember(Parse(path, content));
        }

        return sources;
    }

    /// <summary>The source this article already is: the same canonical address, else the same text.</summary>
    public ExistingSource? Match(ImportedArticle article)
    {
        if (article.Url is not null && _byUrl.TryGetValue(ArticleAddress.Key(article.Url), out var byUrl))
        {
            return byUrl;
        }

        return _byText.GetValueOrDefault(SourceFile.TextFingerprint(article.Paragraphs));
    }

    /// <summary>A new id from the published date and the title (<c>2019-02-12-harbor-talks-resume</c>), unused in the folder.</summary>
    public string NewId(ImportedArticle article, string fileName)
    {
        var stem = Slug(article.Title ?? Path.GetFileNameWithoutExtension(fileName));
        if (article.Published is { Length: >= 10 } published)
        {
            stem = published[..10] + "-" + stem;
        }

        var id = stem;
        for (var n = 2; _ids.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    /// <summary>Writes the source whole (temporary file, then a move over the target) and remembers it for the rest of the run.</summary>
    public ExistingSource Save(string id, string content, string? existingPath)
    {
        var path = existingPath ?? Path.Combine(_folder, id + ".txt");
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{id}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Utf8.GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        var saved = Parse(path, content);
        Remember(saved);
        return saved;
    }

    /// <summary>Lower-case letters and digits joined by hyphens, accents dropped, at most 60 characters, cut at a word.</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxIdStem)
        {
            var cut = result.LastIndexOf('-', MaxIdStem);
            result = result[..(cut > 20 ? cut : MaxIdStem)].Trim('-');
        }

        return result.Length > 0 ? result : "article";
    }

    private static ExistingSource Parse(string path, string content)
    {
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in separator < 0 ? [] : lines[..separator])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (!line.TrimStart().StartsWith('#') && colon > 0)
            {
                header.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var id = header.GetValueOrDefault("id") is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(path);
        var url = header.GetValueOrDefault("url") is { } raw && ArticleAddress.Parse(raw) is { } address ? ArticleAddress.Key(address) : null;
        ArticleBody? body = header.GetValueOrDefault("body") switch
        {
            null => null,
            var value when value.StartsWith("summary", StringComparison.OrdinalIgnoreCase) => ArticleBody.Summary,
            _ => ArticleBody.FullText,
        };
        var paragraphs = SourceFile.Paragraphs(separator < 0 ? lines : lines[(separator + 1)..]);
        return new ExistingSource(id, path, url, SourceFile.TextFingerprint(paragraphs), body, content);
    }

    private void Remember(ExistingSource source)
    {
        // A file written again in this run is matched by what it says now, not by what it said before.
        if (_byPath.Remove(source.Path, out var before))
        {
            _byText.Remove(before.TextKey);
            if (before.UrlKey is not null)
            {
                _byUrl.Remove(before.UrlKey);
            }
        }

        _byPath[source.Path] = source;
        _ids.Add(source.Id);
        _ids.Add(Path.GetFileNameWithoutExtension(source.Path));
        if (source.UrlKey is not null)
        {
            _byUrl[source.UrlKey] = source;
        }

        _byText[source.TextKey] = source;
    }
}
