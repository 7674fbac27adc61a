using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Search;

/// <summary>
/// Every person the sources name, learned from their text when they were indexed: looked up by full name or by any
/// one word of it ("Biegun", "Kim"), which may name several people (ambiguous until the rest of a question decides).
/// </summary>
public sealed class PeopleCatalog
{
    private readonly Dictionary<string, CatalogPerson> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CatalogPerson>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CatalogPerson>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(CatalogPerson Person, RoleTitle Title)>> _byRole = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    public static readonly PeopleCatalog Empty = new();

    public int Count => _byKey.Count;

    public IEnumerable<CatalogPerson> All => _byKey.Values;

    /// <summary>The longest run of words starting at <paramref name="start"/> (lower case) that is a person's name or a word of one, and the people it may mean.</summary>
    public (int Length, IReadOnlyList<CatalogPerson> People) Match(IReadOnlyList<string> words, int start)
    {
        for (var n = Math.Min(5, words.Count - start); n >= 2; n--)
        {
            if (_byName.TryGetValue(string.Join(' ', words.Skip(start).Take(n)), out var named))
            {
                return (n, named);
            }
        }

        return _byWord.TryGetValue(words[start], out var people) ? (1, people) : (0, []);
    }

    public CatalogPerson? ByName(string name) => _byKey.GetValueOrDefault(ArticlePerson.KeyOf(name));

    /// <summary>The people given a title whose head word (analyzed) is <paramref name="headStem"/> ("envoy", "minist"), with that title read.</summary>
    public IReadOnlyList<(CatalogPerson Person, RoleTitle Title)> WithRole(string headStem) =>
        _byRole.TryGetValue(headStem, out var people) ? people : [];

    /// <summary>Adds the people one source names (encoded one a line: the name, a tab, the titles separated by '|').</summary>
    /// <remarks>
    /// Read through spans, each title kept once however many people hold it: an archive's index is opened with
    /// hundreds of thousands of people, and most titles repeat ("Special Envoy for ...").
    /// </remarks>
    internal void Add(string sourceId, string encodedPeople)
    {
        var titles = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in encodedPeople.AsSpan().Split('\n'))
        {
            var line = encodedPeople.AsSpan(range);
            if (line.IsEmpty)
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var name = (tab < 0 ? line : line[..tab]).ToString();
            var key = ArticlePerson.KeyOf(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var person))
            {
                _byKey[key] = person = new CatalogPerson(key, name);
            }
            else if (name.Length > person.Name.Length)
            {
                person.Name = name;
            }

            person.Sources.Add(sourceId);
            if (tab >= 0)
            {
                var all = line[(tab + 1)..];
                foreach (var titleRange in all.Split('|'))
                {
                    var title = all[titleRange];
                    if (!title.IsEmpty)
                    {
                        if (!titles.TryGetValue(title, out var shared))
                        {
                            shared = title.ToString();
                            titles.Add(shared);
                        }

                        person.Titles.Add((shared, sourceId));
                    }
                }
            }
        }
    }

    /// <summary>Builds the lookups once every source is added; titles are read with the index's analyzer.</summary>
    internal void Seal(Func<string, List<string>> analyze)
    {
        // Titles repeat across an archive's people ("Special Envoy for ..."): each distinct one is read once.
        var titles = new Dictionary<string, RoleTitle>(StringComparer.Ordinal);
        foreach (var person in _byKey.Values)
        {
            foreach (var (title, _) in person.Titles.DistinctBy(t => t.Title))
            {
                if (!titles.TryGetValue(title, out var read))
                {
                    titles[title] = read = RoleTitle.Read(title, analyze);
                }

                foreach (var head in read.Heads)
                {
                    if (!_byRole.TryGetValue(head, out var list))
                    {
                        _byRole[head] = list = [];
                    }

                    list.Add((person, read));
                }
            }
        }

        foreach (var person in _byKey.Values)
        {
            // Each person is added once per distinct word: a list holds no one twice without a scan of it, which at
            // archive scale (a common first name shared by thousands of people) made sealing quadratic.
            var words = ArticlePerson.NameWords(person.Name);
            AddTo(_byName, string.Join(' ', words), person);
            var proper = ProperName(words);
            if (proper.Count < words.Count)
            {
                AddTo(_byName, string.Join(' ', proper), person);
            }

            foreach (var word in proper.Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                AddTo(_byWord, word, person);
            }
        }

        _titles.Clear();
        _titles.TrimExcess();
    }

    /// <summary>
    /// The words of a name after a title read into it: a source may name someone with an office the reader could not
    /// tell from the name ("Nukouenian Prime Minister Zeindcoreiv Daethtir", whose country it does not know). The
    /// person is found by the words that follow the last role word when at least two do; a question's "prime
    /// minister" or "president" asks for a role (<see cref="WithRole"/>), not for everyone whose name holds the word.
    /// </summary>
    private static List<string> ProperName(List<string> words)
    {
        var last = words.FindLastIndex(RoleWords.IsRoleWord);
        return last >= 0 && words.Count - last - 1 >= 2 ? words[(last + 1)..] : words;
    }

    private static void AddTo(Dictionary<string, List<CatalogPerson>> index, string key, CatalogPerson person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(person);
    }
}
