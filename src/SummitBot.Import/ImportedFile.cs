namespace SummitBot.Import;

/// <summary>
/// One file the importer looked at: how it was read, what each of its articles became, or why the whole file could
/// not be read (<see cref="Error"/>). A file skipped in a folder (not a page, feed or text file by its name) has no
/// format and no error.
/// </summary>
public sealed record ImportedFile(string Path, ImportFormat? Format, IReadOnlyList<ImportResult> Results, string? Error)
{
    public bool Skipped => Format is null && Error is null;
}
