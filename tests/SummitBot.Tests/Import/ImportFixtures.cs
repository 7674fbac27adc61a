using SummitBot.Import;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Import;

/// <summary>The invented pages, feeds and texts under Import/Fixtures, and a fresh knowledge folder to import them into.</summary>
internal static class ImportFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "SummitBot.Tests", "Import", "Fixtures");

    public static string Page(string name) => Path.Combine(Folder, "pages", name);

    public static string Feed(string name) => Path.Combine(Folder, "feeds", name);

    public static string Text(string name) => Path.Combine(Folder, "text", name);

    /// <summary>An empty knowledge folder (with a sources folder) in the temp folder.</summary>
    public static string EmptyKnowledge()
    {
        var folder = RepoPaths.NewTempFolder("import-knowledge");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        return folder;
    }

    /// <summary>Imports one file into a fresh knowledge folder and returns its single article's result.</summary>
    public static ImportResult ImportOne(string path)
    {
        var file = Assert.Single(new ArticleImporter(EmptyKnowledge()).Import(path));
        Assert.Null(file.Error);
        return Assert.Single(file.Results);
    }

    /// <summary>All the text of an article's body, for looking for what must and must not be in it.</summary>
    public static string BodyOf(ImportedArticle article) => string.Join("\n", article.Paragraphs);
}
