namespace SummitBot.Knowledge;

/// <summary>
/// One source article: its metadata as the text shows it and its body as paragraphs.
/// Metadata that the text does not give stays as the file says ("not named in the text"), never invented.
/// <see cref="File"/> is relative to the knowledge folder (<c>sources/id.txt</c>) and <see cref="Stamp"/> says what
/// the file was when it was read. <see cref="Paragraphs"/> is empty once released after indexing, or when the source
/// was known from the index and its file had not changed (<see cref="KnowledgeLoader.ReadText"/> reads it again).
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Title,
    string? Section,
    string? Publisher,
    string? Published,
    Uri? Url,
    IReadOnlyList<string> Paragraphs,
    string File,
    FileStamp Stamp = default);
