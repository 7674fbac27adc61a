namespace SummitBot.Knowledge;

/// <summary>A broken piece of knowledge: the file, the line (1-based; 0 for the whole file) and what is wrong.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
