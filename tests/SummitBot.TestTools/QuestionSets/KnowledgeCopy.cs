namespace SummitBot.TestTools.QuestionSets;

/// <summary>
/// A copy of the repository's knowledge folder with a set's test articles added to its sources, in a fresh temporary
/// folder: test articles never go into knowledge/, which holds only real sources the bot cites to users.
/// </summary>
public static class KnowledgeCopy
{
    public static string With(string knowledge, string articles, string? into = null)
    {
        var folder = into ?? Path.Combine(Path.GetTempPath(), "summitbot-tests", "knowledge-" + Guid.NewGuid().ToString("N")[..12]);
        Copy(knowledge, folder);
        foreach (var article in Directory.EnumerateFiles(articles, "*.txt"))
        {
            File.Copy(article, Path.Combine(folder, "sources", Path.GetFileName(article)), overwrite: true);
        }

        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
