namespace SummitBot.Import;

/// <summary>
/// What happened to one article of an imported file: its outcome, the source id and file it was written to (relative
/// to the knowledge folder), the article as read, or why it failed. <c>Item</c> names a feed's item.
/// </summary>
public sealed record ImportResult(string? Item, ImportOutcome Outcome, string? Id, string? File, ImportedArticle? Article, string? Error);
