using System.Text;

namespace SummitBot.Import;

/// <summary>
/// Which reader a file needs: by its extension, or, for a file named on the command line with another extension, by
/// its first bytes (an XML feed's root element, an HTML document, else text). In a folder only files with a known
/// extension are read, so the images and scripts of a saved page's <c>_files</c> folder are not.
/// </summary>
internal static class ImportFormats
{
    private static readonly Dictionary<string, ImportFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = ImportFormat.WebPage, [".htm"] = ImportFormat.WebPage, [".xhtml"] = ImportFormat.WebPage, [".shtml"] = ImportFormat.WebPage,
        [".rss"] = ImportFormat.Feed, [".atom"] = ImportFormat.Feed, [".xml"] = ImportFormat.Feed, [".feed"] = ImportFormat.Feed,
        [".txt"] = ImportFormat.PlainText, [".text"] = ImportFormat.PlainText,
    };

    public static string KnownExtensions => string.Join(", ", ByExtension.Keys);

    public static ImportFormat? ByName(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    public static ImportFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal) || head.Contains("<rdf:rdf", StringComparison.Ordinal)))
        {
            return ImportFormat.Feed;
        }

        if (head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal))
        {
            return ImportFormat.Feed;
        }

        return head.StartsWith('<') && (head.Contains("<html", StringComparison.Ordinal) || head.Contains("<body", StringComparison.Ordinal) || head.StartsWith("<!doctype html", StringComparison.Ordinal))
            ? ImportFormat.WebPage
            : ImportFormat.PlainText;
    }
}
