namespace SummitBot.Language.Reading;

/// <summary>A person an article names: the fullest form of the name seen, its words, the titles said of them, and when last mentioned.</summary>
public sealed class ArticlePerson(string name)
{
    public string Name { get; private set; } = name;

    /// <summary>The key that makes two spellings one person: the name's words without initials, hyphens or spaces ("donaldtrump").</summary>
    public string Key { get; private set; } = KeyOf(name);

    public List<string> Titles { get; } = [];

    /// <summary>The name's words in lower case, without initials ("kim", "hyok", "chol").</summary>
    public IReadOnlyList<string> Words => NameWords(Name);

    internal int LastSentence { get; set; } = -1;

    /// <summary>'m' or 'f' once the article has called them "he" or "she" (or given a gendered title), else '\0'.</summary>
    internal char Gender { get; set; }

    /// <summary>How often the article has named or referred to them so far (while references are read).</summary>
    internal int Mentions { get; set; }

    internal void Lengthen(string longer)
    {
        if (longer.Length > Name.Length)
        {
            Name = longer;
        }
    }

    internal void AddTitle(string title)
    {
        if (!Titles.Contains(title, StringComparer.OrdinalIgnoreCase))
        {
            Titles.Add(title);
        }
    }

    public static string KeyOf(string name) => string.Concat(NameWords(name)).Replace("-", string.Empty, StringComparison.Ordinal);

    public static List<string> NameWords(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !(w.Length <= 2 && w.EndsWith('.')))
            .Select(w => w.ToLowerInvariant())];

    public override string ToString() => Titles.Count == 0 ? Name : $"{Name} ({string.Join("; ", Titles)})";
}
