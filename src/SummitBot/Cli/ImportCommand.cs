using Microsoft.Extensions.Options;
using SummitBot.Answering;
using SummitBot.Import;
using SummitBot.Knowledge;

namespace SummitBot.Cli;

/// <summary>
/// <c>import &lt;file|folder&gt;</c>: saved web pages, RSS/Atom feeds and plain text into the knowledge folder's
/// <c>sources/</c>, printing each article and what its file did not state. A file that cannot be read is named with
/// why; the rest still import, and the exit code is 1 so a script notices.
/// </summary>
internal sealed class ImportCommand : ConsoleCommand
{
    private const string Indent = "           ";

    public override string Name => "import";

    public override string ArgumentsUsage => "<file|folder>";

    public override string Summary => "import saved web pages (.html), RSS/Atom feeds (.rss, .atom, .xml) and text (.txt) into knowledge/sources";

    public override (int Min, int Max) Arguments => (1, 1);

    public override Task<int> RunAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        using var host = invocation.BuildHost(builder => builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath));
        var knowledge = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
        var output = invocation.Output;
        IReadOnlyList<ImportedFile> files;
        try
        {
            var importer = new ArticleImporter(knowledge);
            output.WriteLine($"Importing {invocation.Arguments[0]} into {Path.Combine(knowledge, "sources")}");
            files = importer.Import(invocation.Arguments[0], file => Print(output, invocation.Error, file));
        }
        catch (Exception e) when (e is ImportException or IOException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine("error: " + e.Message);
            return Task.FromResult(CliExitCode.Failed);
        }

        return Task.FromResult(Summarize(output, files));
    }

    private static void Print(TextWriter output, TextWriter error, ImportedFile file)
    {
        var name = Shown(file.Path);
        if (file.Skipped)
        {
            output.WriteLine($"{"skipped",-10} {name}: not a page, feed or text file by its name");
            return;
        }

        if (file.Error is not null)
        {
            error.WriteLine($"{"error",-10} {name}: {file.Error}");
            return;
        }

        foreach (var result in file.Results)
        {
            var where = result.Item is null ? name : $"{name}, {result.Item}";
            if (result.Outcome == ImportOutcome.Failed)
            {
                error.WriteLine($"{"error",-10} {where}: {result.Error}");
                continue;
            }

            output.WriteLine($"{Word(result.Outcome),-10} {result.File}  (from {where})");
            if (result.Outcome != ImportOutcome.Unchanged && result.Article is { } article)
            {
                Describe(output, article);
            }
        }
    }

    private static void Describe(TextWriter output, ImportedArticle article)
    {
        var body = article.Body == ArticleBody.Summary ? "summary only (the feed carries no full text)" : "full text";
        output.WriteLine($"{Indent}title: {article.Title ?? "not stated"}; {body}, {article.Paragraphs.Count} paragraph(s)");
        var stated = new List<string>();
        var missing = new List<string>();
        Field("author", article.Author);
        Field("section", article.Section);
        Field("publisher", article.Publisher);
        Field("published", article.Published);
        Field("url", article.Url?.AbsoluteUri);
        if (stated.Count > 0)
        {
            output.WriteLine(Indent + string.Join("; ", stated));
        }

        if (missing.Count > 0)
        {
            output.WriteLine($"{Indent}not stated: {string.Join(", ", missing)}");
        }

        foreach (var note in article.Notes)
        {
            output.WriteLine($"{Indent}note: {note}");
        }

        void Field(string key, string? value)
        {
            if (value is null)
            {
                missing.Add(key);
            }
            else
            {
                stated.Add($"{key}: {value}");
            }
        }
    }

    private static int Summarize(TextWriter output, IReadOnlyList<ImportedFile> files)
    {
        var results = files.SelectMany(f => f.Results).ToList();
        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
        var unreadable = files.Count(f => f.Error is not null);
        var failedItems = Count(ImportOutcome.Failed);
        var skipped = files.Count(f => f.Skipped);
        var articles = results.Count - failedItems;

        output.WriteLine();
        output.WriteLine(
            $"{articles} article(s) from {files.Count - skipped} file(s): {Count(ImportOutcome.Added)} added, {Count(ImportOutcome.Updated)} updated, " +
            $"{Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.KeptFullText)} kept (full text not replaced by a summary)" +
            (unreadable + failedItems > 0 ? $"; {unreadable} file(s) and {failedItems} feed item(s) could not be imported" : string.Empty) +
            (skipped > 0 ? $"; {skipped} other file(s) skipped" : string.Empty) + ".");
        if (articles == 0 && unreadable + failedItems == 0)
        {
            output.WriteLine($"No web page, feed or text file found ({ArticleImporter.KnownExtensions}).");
            return CliExitCode.Failed;
        }

        if (Count(ImportOutcome.Added) + Count(ImportOutcome.Updated) > 0)
        {
            output.WriteLine("A running bot serves the new sources once it has re-indexed them (Knowledge:Watch); no restart is needed.");
        }

        return unreadable + failedItems > 0 ? CliExitCode.Failed : CliExitCode.Ok;
    }

    private static string Word(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Added => "added",
        ImportOutcome.Updated => "updated",
        ImportOutcome.Unchanged => "unchanged",
        ImportOutcome.KeptFullText => "kept",
        _ => "failed",
    };

    /// <summary>A path as the person gave it where possible: relative to the working folder when it lies inside it.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
