namespace SummitBot.Search;

/// <summary>A passage found by a search: its source, where it stands and its text.</summary>
public sealed record PassageHit(string SourceId, int Paragraph, int Sentence, string Text, float Score);
