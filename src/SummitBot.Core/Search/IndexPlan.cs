using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// What must change in an index for it to hold <see cref="KnowledgeBase"/>: everything (<see cref="Rebuild"/>: no
/// index yet, or one analyzed otherwise), or the sources whose files are new, changed or gone, and the facts if they
/// changed. A source is told by its file; a file whose content hash is unchanged is not indexed again.
/// </summary>
internal sealed record IndexPlan(bool Rebuild, IReadOnlyList<(SourceDocument Source, int Ordinal)> Add, IReadOnlyList<IndexedSource> Remove, bool Facts)
{
    public bool IsEmpty => !Rebuild && Add.Count == 0 && Remove.Count == 0 && !Facts;

    /// <summary>Sources both removed and added: changed files.</summary>
    public int Changed => Add.Count(a => Remove.Any(r => r.Source.File == a.Source.File));

    public static IndexPlan Between(IndexContents? contents, KnowledgeBase knowledge, IndexCommitData wanted)
    {
        if (contents?.Data is not { } data || !data.SameAnalysis(wanted))
        {
            // Ordinals in knowledge order, as a build from scratch has always numbered them.
            return new IndexPlan(true, [.. knowledge.Sources.Values.Select((s, i) => (s, i))], [], true);
        }

        var add = new List<(SourceDocument, int)>();
        var remove = new List<IndexedSource>();
        var next = contents.NextOrdinal;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in knowledge.Sources.Values)
        {
            files.Add(source.File);
            if (!contents.ByFile.TryGetValue(source.File, out var indexed))
            {
                add.Add((source, next++));
            }
            else if (indexed.Source.Stamp != source.Stamp || indexed.Source.Id != source.Id)
            {
                // A changed file keeps its ordinal, and so its place among equal scores.
                remove.Add(indexed);
                add.Add((source, indexed.Ordinal));
            }
        }

        remove.AddRange(contents.ByFile.Values.Where(s => !files.Contains(s.Source.File)));
        return new IndexPlan(false, add, remove, data.Facts != wanted.Facts);
    }
}
