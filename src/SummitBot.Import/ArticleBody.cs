namespace SummitBot.Import;

/// <summary>How much of the article an imported body is.</summary>
public enum ArticleBody
{
    /// <summary>The article's text: a web page's article, a feed item's full content, a text file.</summary>
    FullText,

    /// <summary>Only a feed item's summary: the feed did not carry the full text.</summary>
    Summary,
}
