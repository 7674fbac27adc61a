namespace SummitBot.Search;

/// <summary>
/// Work to do on a new knowledge generation before it is served (building lookup structures), so the first
/// question after a load or reload pays nothing extra.
/// </summary>
public interface ISnapshotPreparer
{
    void Prepare(KnowledgeSnapshot snapshot);
}
