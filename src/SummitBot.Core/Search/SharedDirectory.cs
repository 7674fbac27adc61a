namespace SummitBot.Search;

/// <summary>
/// The index folder's Lucene directory, shared by the index and every snapshot reading from it (a new snapshot's
/// reader shares the unchanged segments of the one before): closed when the last of them lets go.
/// </summary>
internal sealed class SharedDirectory(Lucene.Net.Store.Directory directory)
{
    private int _holders = 1;

    public Lucene.Net.Store.Directory Directory => directory;

    public SharedDirectory Acquire()
    {
        Interlocked.Increment(ref _holders);
        return this;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            directory.Dispose();
        }
    }
}
