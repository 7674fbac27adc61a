namespace SummitBot.Import;

/// <summary>The kinds of file the importer reads.</summary>
public enum ImportFormat
{
    /// <summary>A saved web page (HTML).</summary>
    WebPage,

    /// <summary>An RSS or Atom feed: each item an article.</summary>
    Feed,

    /// <summary>Plain text: the body of one article.</summary>
    PlainText,
}
