using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Builds the Lucene index of a <see cref="KnowledgeBase"/> on local disk, or reuses the one already built from the
/// same knowledge. Each generation has its own folder named by the knowledge fingerprint; a build is written to a
/// temporary folder and renamed into place, so a crash mid-build never leaves a half index that looks whole.
/// </summary>
public static class KnowledgeIndexBuilder
{
    public static KnowledgeSnapshot Open(KnowledgeBase knowledge, string indexRoot, ILogger logger, IProgress<double>? progress = null)
    {
        System.IO.Directory.CreateDirectory(indexRoot);
        var folder = Path.Combine(indexRoot, $"gen-{knowledge.Fingerprint}-s{IndexSchema.SchemaVersion}");
        var analyzer = new SummitAnalyzer(knowledge.Synonyms);

        if (System.IO.Directory.Exists(folder))
        {
            try
            {
                var reused = new KnowledgeSnapshot(knowledge, analyzer, FSDirectory.Open(folder), folder);
                logger.LogInformation("Reusing the index in {IndexFolder}: the knowledge has not changed", folder);
                return reused;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                logger.LogWarning(e, "The index in {IndexFolder} is damaged; rebuilding it", folder);
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }

        var temp = folder + ".building-" + Guid.NewGuid().ToString("N")[..8];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var documents = Build(knowledge, analyzer, temp, progress);
        try
        {
            System.IO.Directory.Move(temp, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another instance sharing this folder finished the same generation first; use theirs.
            System.IO.Directory.Delete(temp, recursive: true);
        }

        logger.LogInformation(
            "Indexed {Documents} documents from {Sources} sources and {Facts} facts in {Elapsed} ms into {IndexFolder}",
            documents, knowledge.Sources.Count, knowledge.Facts.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, folder);
        RemoveOtherGenerations(indexRoot, folder, logger);
        return new KnowledgeSnapshot(knowledge, analyzer, FSDirectory.Open(folder), folder);
    }

    private static int Build(KnowledgeBase knowledge, SummitAnalyzer analyzer, string folder, IProgress<double>? progress)
    {
        var count = 0;
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(IndexSchema.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var done = 0;
            var total = knowledge.Sources.Count + 1;
            foreach (var source in knowledge.Sources.Values)
            {
                for (var p = 0; p < source.Paragraphs.Count; p++)
                {
                    var paragraph = source.Paragraphs[p];
                    writer.AddDocument(PassageDocument(source.Id, p, -1, "paragraph", paragraph));
                    count++;
                    var sentences = SentenceSplitter.Split(paragraph);
                    for (var s = 0; s < sentences.Count; s++)
                    {
                        writer.AddDocument(PassageDocument(source.Id, p, s, "sentence", sentences[s]));
                        count++;
                    }
                }

                if (++done % 1000 == 0)
                {
                    progress?.Report((double)done / total);
                }
            }

            foreach (var fact in knowledge.Facts)
            {
                writer.AddDocument(FactDocument(knowledge, fact));
                count++;
            }

            writer.Commit();
            progress?.Report(1.0);
        }

        return count;
    }

    private static Document PassageDocument(string sourceId, int paragraph, int sentence, string level, string text) =>
    [
        new StringField(IndexSchema.Kind, IndexSchema.PassageKind, Field.Store.NO),
        new StringField(IndexSchema.Level, level, Field.Store.NO),
        new StringField(IndexSchema.Source, sourceId, Field.Store.YES),
        new StoredField(IndexSchema.Paragraph, paragraph),
        new StoredField(IndexSchema.Sentence, sentence),
        new TextField(IndexSchema.Text, text, Field.Store.YES),
    ];

    private static Document FactDocument(KnowledgeBase knowledge, Fact fact) =>
    [
        new StringField(IndexSchema.Kind, IndexSchema.FactKind, Field.Store.NO),
        new StringField(IndexSchema.Id, fact.Id, Field.Store.YES),
        new StringField(IndexSchema.About, fact.About, Field.Store.NO),
        new StringField(IndexSchema.Asks, fact.Asks, Field.Store.NO),
        new TextField(IndexSchema.Text, FactEvidence.Text(knowledge, fact), Field.Store.NO),
    ];

    private static void RemoveOtherGenerations(string indexRoot, string current, ILogger logger)
    {
        foreach (var old in System.IO.Directory.EnumerateDirectories(indexRoot, "gen-*"))
        {
            if (old == current || old.Contains(".building-", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (IOException e)
            {
                logger.LogDebug(e, "Could not remove the old index generation {IndexFolder} yet", old);
            }
        }
    }
}
