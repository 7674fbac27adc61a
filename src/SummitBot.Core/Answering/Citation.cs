namespace SummitBot.Answering;

/// <summary>
/// One cited passage: <see cref="Position"/> matches the <c>[n]</c> marker in the answer text.
/// <see cref="Abstract"/> is the passage cut to at most 160 characters around the words that answer.
/// </summary>
public sealed record Citation(
    int Position,
    string SourceId,
    string SourceTitle,
    Uri? Url,
    string Passage,
    string Abstract);
