using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Writes an <see cref="IndexPlan"/> through an open writer: deletes first (a delete by term applies to documents
/// added before it, so the new documents of a changed source are never caught by the delete of its old ones), then
/// each added source as one block of documents, then the facts.
/// </summary>
internal sealed class IndexWriting(IndexWriter writer, KnowledgeBase knowledge, SummitAnalyzer analyzer, IProgress<double>? progress, ILogger logger)
{
    private int _documents;

    /// <summary>How many documents were added.</summary>
    public int Documents => _documents;

    /// <summary>Applies <paramref name="plan"/>; returns the sources now indexed.</summary>
    public List<IndexedSource> Apply(IndexPlan plan)
    {
        if (plan.Rebuild)
        {
            writer.DeleteAll();
        }
        else
        {
            foreach (var removed in plan.Remove)
            {
                writer.DeleteDocuments(new Term(IndexSchema.Source, removed.Source.Id));
            }

            if (plan.Facts)
            {
                writer.DeleteDocuments(new Term(IndexSchema.Kind, IndexSchema.FactKind));
            }
        }

        var tracker = new ParallelIndexing.Progress(plan.Add.Count + (plan.Facts ? knowledge.Facts.Count : 0), progress);
        var indexed = new IndexedSource?[plan.Add.Count];
        ParallelIndexing.For(plan.Add.Count, () => 0, (i, _) =>
        {
            indexed[i] = AddSource(plan.Add[i].Source, plan.Add[i].Ordinal);
            tracker.Done();
        });

        if (plan.Facts)
        {
            ParallelIndexing.For(knowledge.Facts.Count, () => new FactFields(), (i, fields) =>
            {
                var fact = knowledge.Facts[i];
                writer.AddDocument(fields.Set(fact.Asks, FactEvidence.Text(knowledge, fact), i));
                Interlocked.Increment(ref _documents);
                tracker.Done();
            });
        }

        progress?.Report(1.0);
        return [.. indexed.OfType<IndexedSource>()];
    }

    private IndexedSource? AddSource(SourceDocument source, int ordinal)
    {
        // A source known from the index comes without its text: read again from its file when it must be indexed again.
        if (KnowledgeLoader.ReadText(knowledge, source) is not { } text)
        {
            logger.LogWarning("{File} changed while it was being indexed; it is indexed at the next reload", source.File);
            return null;
        }

        // A source's sentences and its own document go in as one block: they stay next to each other.
        var (documents, indexed) = SourceIndexer.Documents(source, text, ordinal, analyzer.Terms);
        writer.AddDocuments(documents);
        Interlocked.Add(ref _documents, documents.Count);
        return indexed;
    }
}
