namespace SummitBot.Import;

/// <summary>A file (or a feed item) that cannot be imported, with why, in words for the person importing.</summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
