namespace SummitBot.Knowledge;

/// <summary>
/// One source article: its metadata as the text shows it and its body as paragraphs.
/// Metadata that the text does not give stays as the file says ("not named in the text"), never invented.
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Title,
    string? Section,
    string? Publisher,
    string? Published,
    Uri? Url,
    IReadOnlyList<string> Paragraphs,
    string File);
