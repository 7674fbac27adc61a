namespace SummitBot.Knowledge;

/// <summary>A knowledge file that cannot be read as its format says, at a given line.</summary>
public sealed class KnowledgeFormatException : Exception
{
    public KnowledgeFormatException(int line, string message)
        : base(message) => Line = line;

    public KnowledgeFormatException()
    {
    }

    public KnowledgeFormatException(string message)
        : base(message)
    {
    }

    public KnowledgeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }
}
