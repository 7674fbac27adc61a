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

    /// <summary>
    /// Whether <see cref="Gender"/> comes only from a pronoun taken for them, which may be a guess ("“He never wrote,”
    /// Mrs. Lund said": the "he" is her father); a courtesy title or a title of kin outweighs it.
    /// </summary>
    internal bool GenderGuessed { get; set; }

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

        // "his younger sister, Karin Lund, stood behind him": a title of kin says whom "he" and "him" cannot be.
        if (Gender == '\0' && KinGender(title) is var gender and not '\0')
        {
            Gender = gender;
        }
    }

    /// <summary>'f' or 'm' when the title's words name kin of one sex only ("sister", "his wife"), else '\0'.</summary>
    internal static char KinGender(string title)
    {
        var words = title.ToLowerInvariant().Split(' ', ',');
        var female = words.Any(w => w is "sister" or "wife" or "daughter" or "mother" or "aunt" or "niece" or "granddaughter" or "grandmother");
        var male = words.Any(w => w is "brother" or "husband" or "son" or "father" or "uncle" or "nephew" or "grandson" or "grandfather");
        return female == male ? '\0' : female ? 'f' : 'm';
    }

    /// <summary>The name's words (<see cref="NameWords"/>) run together without hyphens.</summary>
    /// <remarks>Written out rather than joined from <see cref="NameWords"/>: every person of an archive is keyed when its index is opened.</remarks>
    public static string KeyOf(string name)
    {
        Span<char> lower = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        name.AsSpan().ToLowerInvariant(lower);
        Span<char> key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (IsNameWord(name.AsSpan(range)))
            {
                foreach (var c in lower[range])
                {
                    if (c != '-')
                    {
                        key[length++] = c;
                    }
                }
            }
        }

        return new string(key[..length]);
    }

    /// <summary>The name's words in lower case, without initials ("J.").</summary>
    public static List<string> NameWords(string name)
    {
        var words = new List<string>(4);
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (IsNameWord(word))
            {
                words.Add(string.Create(word.Length, (name, range), static (span, state) => state.name.AsSpan(state.range).ToLowerInvariant(span)));
            }
        }

        return words;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word) => word.Length > 0 && !(word.Length <= 2 && word[^1] == '.');

    public override string ToString() => Titles.Count == 0 ? Name : $"{Name} ({string.Join("; ", Titles)})";
}
