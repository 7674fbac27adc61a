namespace SummitBot.Import;

/// <summary>
/// One article read from a file: its metadata as the file states it (null where the file does not say; never
/// inferred), and its body as paragraphs. <c>Published</c> and <c>Updated</c> are ISO 8601 (<see cref="PublishedDate"/>);
/// <c>Notes</c> are what the reader noticed and the importer should say (e.g. a date it could not read).
/// </summary>
public sealed record ImportedArticle(
    string? Title,
    string? Author,
    string? Section,
    string? Publisher,
    string? Published,
    string? Updated,
    Uri? Url,
    IReadOnlyList<string> Paragraphs,
    ArticleBody Body,
    IReadOnlyList<string> Notes);
