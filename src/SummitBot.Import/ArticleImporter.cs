namespace SummitBot.Import;

/// <summary>
/// Imports saved web pages, RSS/Atom feeds and plain text files into a knowledge folder's <c>sources/</c>, one source
/// file per article. An article already there (the same canonical address, or the same text) is updated in its file,
/// not added again; a feed's summary never replaces an article's full text. A file that cannot be read is reported
/// with why, and the other files of a folder still import. Each file is written whole (see <see cref="SourceFolder"/>).
/// </summary>
public sealed class ArticleImporter
{
    /// <summary>Larger files are not articles (an archive, a video saved by mistake); they are refused, not read.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The file name extensions read in a folder, for messages.</summary>
    public static string KnownExtensions => ImportFormats.KnownExtensions;

    private readonly string _knowledgeFolder;
    private readonly SourceFolder _sources;

    public ArticleImporter(string knowledgeFolder)
    {
        _knowledgeFolder = Path.GetFullPath(knowledgeFolder);
        if (!Directory.Exists(_knowledgeFolder))
        {
            // A mistyped Knowledge:Path must not become a new, empty knowledge folder.
            throw new ImportException($"the knowledge folder '{_knowledgeFolder}' does not exist");
        }

        _sources = SourceFolder.Open(Path.Combine(_knowledgeFolder, "sources"));
    }

    /// <summary>Imports a file, or every page, feed and text file in a folder and its sub-folders; reports each file as it is done.</summary>
    public IReadOnlyList<ImportedFile> Import(string path, Action<ImportedFile>? imported = null)
    {
        var full = Path.GetFullPath(path);
        var sources = Path.GetFullPath(_sources.Folder) + Path.DirectorySeparatorChar;
        if ((full + Path.DirectorySeparatorChar).StartsWith(sources, StringComparison.Ordinal))
        {
            throw new ImportException($"'{path}' is inside the knowledge sources folder it would import into");
        }

        if (Directory.Exists(full))
        {
            var files = new List<ImportedFile>();
            foreach (var file in FilesIn(full))
            {
                var done = ImportFile(file, ImportFormats.ByName(file));
                imported?.Invoke(done);
                files.Add(done);
            }

            return files;
        }

        if (!File.Exists(full))
        {
            throw new ImportException($"'{path}' is neither a file nor a folder");
        }

        var one = ImportFile(full, ImportFormats.ByName(full), sniff: true);
        imported?.Invoke(one);
        return [one];
    }

    /// <summary>Files of a folder in name order; hidden files and the <c>_files</c> folders that browsers save beside a page are left out.</summary>
    private static IEnumerable<string> FilesIn(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (sub.EndsWith("_files", StringComparison.Ordinal) || sub.EndsWith("_archivos", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var file in FilesIn(sub))
            {
                yield return file;
            }
        }
    }

    private ImportedFile ImportFile(string path, ImportFormat? format, bool sniff = false)
    {
        if (format is null && !sniff)
        {
            return new ImportedFile(path, null, [], null);
        }

        byte[] bytes;
        IReadOnlyList<ReadArticle> articles;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new ImportException($"{length / (1024 * 1024)} MB is too large for an article (at most {MaxFileBytes / (1024 * 1024)} MB)");
            }

            bytes = File.ReadAllBytes(path);
            format ??= ImportFormats.Sniff(bytes);
            articles = Read(bytes, path, format.Value);
        }
        catch (ImportException e)
        {
            return new ImportedFile(path, format, [], e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImportedFile(path, format, [], "cannot be read: " + e.Message);
        }

        var results = articles.Select(a => a.Article is null
            ? new ImportResult(a.Item, ImportOutcome.Failed, null, null, null, a.Error)
            : Save(a.Item, a.Article, path, format.Value)).ToList();
        return new ImportedFile(path, format, results, null);
    }

    private static IReadOnlyList<ReadArticle> Read(byte[] bytes, string path, ImportFormat format)
    {
        switch (format)
        {
            case ImportFormat.WebPage:
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    return [ReadArticle.Of(WebPageReader.Read(stream, path))];
                }

            case ImportFormat.Feed:
                return FeedFileReader.Read(bytes);
            default:
                return [ReadArticle.Of(PlainTextReader.Read(bytes))];
        }
    }

    private ImportResult Save(string? item, ImportedArticle article, string path, ImportFormat format)
    {
        var fileName = Path.GetFileName(path);
        var existing = _sources.Match(article);
        if (existing is not null && article.Body == ArticleBody.Summary && existing.Body != ArticleBody.Summary)
        {
            return Result(ImportOutcome.KeptFullText, existing);
        }

        var id = existing?.Id ?? _sources.NewId(article, fileName);
        var content = SourceFile.Render(id, article, fileName, format);
        if (existing is not null && existing.Content == content)
        {
            return Result(ImportOutcome.Unchanged, existing);
        }

        var saved = _sources.Save(id, content, existing?.Path);
        return Result(existing is null ? ImportOutcome.Added : ImportOutcome.Updated, saved);

        ImportResult Result(ImportOutcome outcome, ExistingSource source) =>
            new(item, outcome, source.Id, Path.GetRelativePath(_knowledgeFolder, source.Path).Replace('\\', '/'), article, null);
    }
}
