using System.Security.Cryptography;
using System.Text;

namespace SummitBot.Knowledge;

/// <summary>
/// Loads the knowledge folder: <c>sources/*.txt</c> (a metadata header, <c>---</c>, then the body),
/// <c>facts/*.facts</c> (entity and fact blocks), <c>synonyms.txt</c> and <c>story.txt</c> (the story's name, greeting and examples).
/// A broken file or block is reported by file and line and left out; everything else is still served.
/// Only files inside the folder are read: links, and anything resolving outside it, are refused.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>Bumped when the meaning of the files changes, so an index built from older rules is not reused.</summary>
    public const string FormatVersion = "1";

    /// <summary>Loads every file of <paramref name="folder"/>.</summary>
    public static KnowledgeBase Load(string folder) => Load(folder, known: null);

    /// <summary>
    /// Loads <paramref name="folder"/>, taking each source whose file still has the size and last write time of the
    /// source <paramref name="known"/> gives for it (by file, relative to the folder) as it is, without reading it: an archive of
    /// 100,000 articles is listed in well under a second, and only new and changed files are read. Such a source comes
    /// without its text (<see cref="ReadText"/> reads it when needed); facts, synonyms and the story are always read.
    /// </summary>
    public static KnowledgeBase Load(string folder, Func<string, SourceDocument?>? known)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The knowledge folder '{root}' does not exist.");
        }

        var problems = new List<KnowledgeProblem>();
        var files = SafeFiles(root, problems);
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(FormatVersion));
        var factsHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        var sources = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        var entityBlocks = new List<(KnowledgeBlock Block, string File)>();
        var factBlocks = new List<(KnowledgeBlock Block, string File)>();
        var synonyms = new List<IReadOnlyList<string>>();
        var story = Story.Unnamed;
        var pool = new StringPool();

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
            var isSource = relative.StartsWith("sources/", StringComparison.Ordinal);
            string[] lines;
            FileStamp stamp;
            try
            {
                // The stamp is taken before the file is read: a write after it changes the stamp, so it is read again.
                var (length, ticks) = (file.Length, file.LastWriteTimeUtc.Ticks);
                if (isSource && known?.Invoke(relative) is { } same && same.Stamp.Length == length && same.Stamp.LastWriteTicks == ticks)
                {
                    AppendFile(hash, relative, same.Stamp.Hash);
                    AddSource(sources, same, relative, problems);
                    continue;
                }

                var bytes = File.ReadAllBytes(file.FullName);
                stamp = new FileStamp(length, ticks, HashOf(bytes));
                AppendFile(hash, relative, stamp.Hash);
                lines = Lines(bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                problems.Add(new KnowledgeProblem(relative, 0, "cannot be read: " + e.Message));
                continue;
            }

            if (isSource)
            {
                if (ReadSource(lines, relative, problems, pool) is { } source)
                {
                    AddSource(sources, source with { Stamp = stamp }, relative, problems);
                }
            }
            else if (relative.StartsWith("facts/", StringComparison.Ordinal))
            {
                AppendFile(factsHash, relative, stamp.Hash);
                foreach (var block in KnowledgeBlockReader.Read(lines, 1, relative, problems))
                {
                    switch (block.Kind)
                    {
                        case "entity": entityBlocks.Add((block, relative)); break;
                        case "fact": factBlocks.Add((block, relative)); break;
                        default: problems.Add(new KnowledgeProblem(relative, block.Line, $"unknown block kind '{block.Kind}' (expected entity or fact)")); break;
                    }
                }
            }
            else if (relative == "story.txt")
            {
                story = ReadStory(lines, relative, problems) ?? story;
            }
            else
            {
                ReadSynonyms(lines, relative, synonyms, problems);
            }
        }

        var entities = ReadEntities(entityBlocks, problems, pool);
        var facts = ReadFacts(factBlocks, entities, sources, root, problems, pool);

        // Which facts survived (a fact whose passage left its source is dropped) belongs to what the facts are.
        foreach (var fact in facts)
        {
            factsHash.AppendData(Encoding.UTF8.GetBytes(fact.Id + "\n"));
        }

        return new KnowledgeBase(sources, entities, facts, synonyms, problems, Convert.ToHexString(hash.GetHashAndReset())[..32])
        {
            Story = story,
            Folder = root,
            FactsFingerprint = Convert.ToHexString(factsHash.GetHashAndReset())[..32],
        };
    }

    /// <summary>
    /// The paragraphs of <paramref name="source"/>: those in memory, or else read again from its file. Null when the
    /// file cannot be read or no longer holds what was loaded (it changed since; the next load reads it).
    /// </summary>
    public static IReadOnlyList<string>? ReadText(KnowledgeBase knowledge, SourceDocument source) =>
        source.Paragraphs.Count > 0 ? source.Paragraphs
        : knowledge.Folder is null ? null
        : ReadTextAt(knowledge.Folder, source);

    private static IReadOnlyList<string>? ReadTextAt(string root, SourceDocument source)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, source.File));
            return HashOf(bytes) == source.Stamp.Hash ? ReadSource(Lines(bytes), source.File, [], new StringPool())?.Paragraphs : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static void AddSource(Dictionary<string, SourceDocument> sources, SourceDocument source, string relative, List<KnowledgeProblem> problems)
    {
        if (!sources.TryAdd(source.Id, source))
        {
            problems.Add(new KnowledgeProblem(relative, 1, $"source id '{source.Id}' is already used by {sources[source.Id].File}"));
        }
    }

    /// <summary>A file's name and content hash, in the fingerprint: equal fingerprints, equal files.</summary>
    private static void AppendFile(IncrementalHash hash, string relative, string contentHash)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(relative));
        hash.AppendData([0]);
        hash.AppendData(Encoding.ASCII.GetBytes(contentHash));
    }

    private static string HashOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..32];

    private static string[] Lines(byte[] bytes) =>
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).ReplaceLineEndings("\n").Split('\n');

    private static List<FileInfo> SafeFiles(string root, List<KnowledgeProblem> problems)
    {
        var files = new List<FileInfo>();
        var rootWithSlash = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        foreach (var pattern in new[] { "sources/*.txt", "facts/*.facts", "synonyms.txt", "story.txt" })
        {
            var dir = Path.Combine(root, Path.GetDirectoryName(pattern) ?? string.Empty);
            if (!Directory.Exists(dir) || new DirectoryInfo(dir).LinkTarget is not null)
            {
                continue;
            }

            foreach (var info in new DirectoryInfo(dir).EnumerateFiles(Path.GetFileName(pattern), options))
            {
                if (IsLink(info) || !Path.GetFullPath(info.FullName).StartsWith(rootWithSlash, StringComparison.Ordinal))
                {
                    problems.Add(new KnowledgeProblem(Path.GetRelativePath(root, info.FullName), 0, "is a link or lies outside the knowledge folder; not read"));
                    continue;
                }

                files.Add(info);
            }
        }

        // Links are never followed (the enumeration above skips them); say so for any that stand in the folders read.
        foreach (var dir in new[] { root, Path.Combine(root, "sources"), Path.Combine(root, "facts") }.Where(Directory.Exists))
        {
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos().Where(IsLink))
            {
                problems.Add(new KnowledgeProblem(Path.GetRelativePath(root, entry.FullName), 0, "is a link; links are not followed out of the knowledge folder"));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return files;
    }

    /// <summary>
    /// A link, by the attributes the folder listing gives, then by its target: a listing of an archive's folder costs
    /// no extra call per file.
    /// </summary>
    private static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null;

    private static SourceDocument? ReadSource(string[] lines, string file, List<KnowledgeProblem> problems, StringPool pool)
    {
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        if (separator < 0)
        {
            problems.Add(new KnowledgeProblem(file, 1, "a source needs a metadata header, a line '---', then the body"));
            return null;
        }

        var before = problems.Count;
        var headers = KnowledgeBlockReader.Read(lines[..separator], 1, file, problems, headerOnly: true);
        if (problems.Count > before || headers.Count == 0)
        {
            return null;
        }

        var header = headers[0];
        if (header.Optional("title") is null)
        {
            problems.Add(new KnowledgeProblem(file, 1, "the source header has no 'title'"));
            return null;
        }

        Uri? url = null;
        // "url: not stated" is how an imported source says the page gave no address: no URL, and no problem.
        if (header.Optional("url") is { } rawUrl && !rawUrl.StartsWith("not stated", StringComparison.OrdinalIgnoreCase) && !Uri.TryCreate(rawUrl, UriKind.Absolute, out url))
        {
            problems.Add(new KnowledgeProblem(file, header.LineOf("url"), $"'{rawUrl}' is not an absolute URL; left out"));
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines[(separator + 1)..])
        {
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                current.Append(current.Length > 0 ? " " : string.Empty).Append(line.Trim());
            }
        }

        Flush();
        if (paragraphs.Count == 0)
        {
            problems.Add(new KnowledgeProblem(file, separator + 1, "the source has no body after '---'"));
            return null;
        }

        var id = header.Optional("id") ?? Path.GetFileNameWithoutExtension(file);
        return new SourceDocument(
            pool.Share(id), header.Required("title"), pool.ShareOptional(header.Optional("section")), pool.ShareOptional(header.Optional("publisher")),
            pool.ShareOptional(header.Optional("published")), url, paragraphs, file);

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static Dictionary<string, KnowledgeEntity> ReadEntities(List<(KnowledgeBlock Block, string File)> blocks, List<KnowledgeProblem> problems, StringPool pool)
    {
        var entities = new Dictionary<string, KnowledgeEntity>(StringComparer.Ordinal);
        foreach (var (block, file) in blocks)
        {
            try
            {
                int? ordinal = null;
                if (block.Optional("ordinal") is { } rawOrdinal)
                {
                    ordinal = int.TryParse(rawOrdinal, out var n) && n > 0
                        ? n
                        : throw new KnowledgeFormatException(block.LineOf("ordinal"), $"ordinal '{rawOrdinal}' is not a positive whole number");
                }

                var name = pool.Share(block.Required("name"));
                var entity = new KnowledgeEntity(
                    pool.Share(block.Id),
                    name,
                    pool.Share(block.Required("type").ToLowerInvariant()),
                    pool.ShareOptional(block.Optional("class")?.ToLowerInvariant()),
                    ordinal,
                    pool.ShareOptional(block.Optional("tense")?.ToLowerInvariant()),
                    pool.ShareAll(block.List("involves")),
                    block.List("aliases"),
                    block.List("generic"));
                if (!entities.TryAdd(entity.Id, entity))
                {
                    throw new KnowledgeFormatException(block.Line, $"entity '{entity.Id}' is defined twice");
                }
            }
            catch (KnowledgeFormatException e)
            {
                problems.Add(new KnowledgeProblem(file, e.Line, e.Message));
            }
        }

        foreach (var entity in entities.Values)
        {
            foreach (var missing in entity.Involves.Where(id => !entities.ContainsKey(id)))
            {
                var (block, file) = blocks.First(b => b.Block.Id == entity.Id);
                problems.Add(new KnowledgeProblem(file, block.LineOf("involves"), $"entity '{entity.Id}' involves unknown entity '{missing}'"));
            }
        }

        return entities;
    }

    private static List<Fact> ReadFacts(
        List<(KnowledgeBlock Block, string File)> blocks,
        Dictionary<string, KnowledgeEntity> entities,
        Dictionary<string, SourceDocument> sources,
        string root,
        List<KnowledgeProblem> problems,
        StringPool pool)
    {
        var facts = new List<Fact>();
        // Sources known from the index come without their text: the text of those facts cite is read once here.
        var texts = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, file) in blocks)
        {
            try
            {
                var about = block.Required("about");
                if (!entities.ContainsKey(about))
                {
                    throw new KnowledgeFormatException(block.LineOf("about"), $"fact '{block.Id}' is about unknown entity '{about}'");
                }

                var asked = block.Required("asks").ToLowerInvariant();
                if (!FactKinds.TryParse(asked, out var asks))
                {
                    throw new KnowledgeFormatException(block.LineOf("asks"), $"'asks: {asked}' is not one of {string.Join(", ", FactKinds.AllTokens)}");
                }

                var sourceId = block.Required("source");
                if (!sources.TryGetValue(sourceId, out var source))
                {
                    throw new KnowledgeFormatException(block.LineOf("source"), $"fact '{block.Id}' cites unknown source '{sourceId}'");
                }

                var passage = FindPassage(TextOf(source), block.Required("passage"))
                    ?? throw new KnowledgeFormatException(block.LineOf("passage"), $"the passage of fact '{block.Id}' is not in source '{sourceId}' word for word");

                if (!ids.Add(block.Id))
                {
                    throw new KnowledgeFormatException(block.Line, $"fact '{block.Id}' is defined twice");
                }

                // Ids, speakers, cue words and passages repeat across facts: one copy of each.
                facts.Add(new Fact(
                    block.Id, pool.Share(about), asks, pool.Share(block.Required("answer")), new CompactText(block.Required("says")), source.Id, pool.Compact(passage),
                    pool.ShareOptional(block.Optional("said-by")), pool.ShareOptional(block.Optional("because")), pool.ShareOptional(block.Optional("cue")),
                    block.Optional("example"), file, block.Line));
            }
            catch (KnowledgeFormatException e)
            {
                problems.Add(new KnowledgeProblem(file, e.Line, e.Message));
            }
        }

        IReadOnlyList<string> TextOf(SourceDocument source)
        {
            if (source.Paragraphs.Count > 0)
            {
                return source.Paragraphs;
            }

            if (!texts.TryGetValue(source.Id, out var text))
            {
                texts[source.Id] = text = ReadTextAt(root, source);
            }

            return text ?? [];
        }

        foreach (var fact in facts.Where(f => f.Because is not null && !ids.Contains(f.Because)))
        {
            problems.Add(new KnowledgeProblem(fact.File, fact.Line, $"fact '{fact.Id}' gives unknown fact '{fact.Because}' as its reason"));
        }

        return facts;
    }

    /// <summary>The passage as the source writes it; typographic and straight quotes, and non-breaking and plain spaces, count as the same.</summary>
    private static string? FindPassage(IReadOnlyList<string> paragraphs, string passage)
    {
        var wanted = PlainQuotes(passage);
        foreach (var paragraph in paragraphs)
        {
            var at = PlainQuotes(paragraph).IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0)
            {
                return paragraph.Substring(at, wanted.Length);
            }
        }

        return null;
    }

    internal static string PlainQuotes(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u02BC' => '\'',
                    '\u201C' or '\u201D' => '"',
                    '\u00A0' or '\u2007' or '\u202F' or '\u2009' => ' ',
                    var c => c,
                };
            }
        });

    /// <summary>The story's header block: <c>name</c>, <c>greeting</c> and <c>examples</c> (separated by '|').</summary>
    private static Story? ReadStory(string[] lines, string file, List<KnowledgeProblem> problems)
    {
        var before = problems.Count;
        var blocks = KnowledgeBlockReader.Read(lines, 1, file, problems, headerOnly: true);
        if (problems.Count > before || blocks.Count == 0)
        {
            return null;
        }

        var block = blocks[0];
        if (block.Optional("name") is not { } name || block.Optional("greeting") is not { } greeting)
        {
            problems.Add(new KnowledgeProblem(file, 1, "story.txt needs a 'name' and a 'greeting'"));
            return null;
        }

        return new Story(name, greeting, block.List("examples"));
    }

    private static void ReadSynonyms(string[] lines, string file, List<IReadOnlyList<string>> synonyms, List<KnowledgeProblem> problems)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var entries = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (entries.Length < 2 || entries[0].Contains(' ', StringComparison.Ordinal))
            {
                problems.Add(new KnowledgeProblem(file, i + 1, "a synonym line needs a one-word canonical form and at least one more entry, separated by commas"));
                continue;
            }

            synonyms.Add(entries);
        }
    }
}
