namespace SummitBot.Search;

/// <summary>A person the sources name, across all of them: the fullest name, the titles given (with the sources that give them).</summary>
public sealed class CatalogPerson(string key, string name)
{
    public string Key { get; } = key;

    public string Name { get; internal set; } = name;

    public List<(string Title, string SourceId)> Titles { get; } = [];

    /// <summary>The sources that name this person.</summary>
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public override string ToString() => Name;
}
