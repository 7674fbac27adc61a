namespace SummitBot.Answering;

/// <summary>An entity named in a question: which entities the words may mean, where they stand, and whether they were generic.</summary>
internal sealed record EntityMention(IReadOnlyList<string> EntityIds, int Start, int End, bool Generic);
