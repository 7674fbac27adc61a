namespace SummitBot.Import;

/// <summary>
/// One article a file gave, or why one part of the file could not be imported. <see cref="Item"/> names the part
/// within the file ("item 2 'Title'") for a feed, and is null for a file that holds one article.
/// </summary>
public sealed record ReadArticle(string? Item, ImportedArticle? Article, string? Error)
{
    public static ReadArticle Of(ImportedArticle article, string? item = null) => new(item, article, null);

    public static ReadArticle Failed(string? item, string error) => new(item, null, error);
}
