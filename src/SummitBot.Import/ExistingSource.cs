namespace SummitBot.Import;

/// <summary>
/// A source file already in the knowledge folder, as far as matching an import against it needs. <c>Body</c> is what
/// its header says the body is; null for a file written by hand (taken as the full text).
/// </summary>
internal sealed record ExistingSource(string Id, string Path, string? UrlKey, string TextKey, ArticleBody? Body, string Content);
