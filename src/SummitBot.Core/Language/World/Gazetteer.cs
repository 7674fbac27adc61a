using SummitBot.Language.Words;

namespace SummitBot.Language.World;

/// <summary>
/// World knowledge about places, from <c>Language/Data/places.tsv</c> (derived from maintained data packages; see
/// PROVENANCE.md beside it): countries with their other names, demonyms, capitals and continents, and cities. It says
/// what a name in a text is ("Hanoi" is a capital, "Vietnamese" is of Vietnam); it never supplies an answer.
/// Loaded once per process, on first use.
/// </summary>
public sealed class Gazetteer
{
    private const int LongestName = 6;

    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly Dictionary<string, Place[]> _byName;

    private Gazetteer(Dictionary<string, Place[]> byName) => _byName = byName;

    public static Gazetteer Default => Shared.Value;

    /// <summary>The continents, by the names the data file gives countries' continents.</summary>
    public static readonly IReadOnlyList<string> Continents = ["Asia", "Europe", "Africa", "North America", "South America", "Oceania", "Antarctica"];

    /// <summary>The places named by <paramref name="name"/> (any case), most important first.</summary>
    public IReadOnlyList<Place> Find(string name) =>
        _byName.TryGetValue(Key(name), out var places) ? places : [];

    /// <summary>
    /// The longest place name that starts at <paramref name="start"/> in <paramref name="tokens"/>: its length in
    /// tokens and its places, or 0. Only capitalized words count unless <paramref name="anyCase"/> (for questions).
    /// </summary>
    public int Match(IReadOnlyList<Token> tokens, int start, bool anyCase, out IReadOnlyList<Place> places)
    {
        places = [];
        if (!tokens[start].IsWord || (!anyCase && !tokens[start].IsCapitalized))
        {
            return 0;
        }

        // The key is built in place and looked up as a span: this runs for every word of every article indexed and of
        // every question, and a string per word and length cost more than the lookups.
        Span<char> key = stackalloc char[MaxKeyLength];
        var lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = 0;
        var best = 0;
        for (var n = 1; n <= LongestName && start + n <= tokens.Count; n++)
        {
            var token = tokens[start + n - 1];
            if (!token.IsWord || (!anyCase && n > 1 && !token.IsCapitalized && !IsNameJoiner(token.Text)))
            {
                break;
            }

            if (length + token.Text.Length + 1 > key.Length)
            {
                break;
            }

            if (n > 1)
            {
                key[length++] = ' ';
            }

            length = AppendPlain(token.Text, key, length);
            if (lookup.TryGetValue(key[..length], out var found) && !IsJoinerAtEnd(token))
            {
                best = n;
                places = found;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a one-word city name that is also an English word ("Summit", "Mobile", "Split") is meant as the city:
    /// only after a preposition of place ("in Summit") or before ", Country".
    /// </summary>
    public static bool IsPlaceInContext(IReadOnlyList<Token> tokens, int start, int length, IReadOnlyList<Place> places)
    {
        if (length > 1 || places.Count == 0 || places[0].Kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.Capital
            || !Words.CommonWords.IsCommon(tokens[start].Text.ToLowerInvariant()))
        {
            return true;
        }

        return (start > 0 && tokens[start - 1].Text is "in" or "at" or "to" or "from" or "near" or "outside" or "of")
            || (start + 2 < tokens.Count && tokens[start + 1].Text == "," && tokens[start + 2].IsCapitalized);
    }

    private static bool IsNameJoiner(string word) => word is "of" or "de" or "la" or "del" or "and" or "the" or "da" or "upon" or "am";

    private static bool IsJoinerAtEnd(Token token) => IsNameJoiner(token.Text);

    /// <summary>The lookup form of a name: lower case, without dots ("U.S." and "US" are one name).</summary>
    private static string Key(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Plain));

    /// <summary>Longer than any place name; a longer run of words is no place.</summary>
    private const int MaxKeyLength = 128;

    /// <summary>Appends <see cref="Plain"/>'s form of <paramref name="word"/> (no full stops, lower case) at <paramref name="at"/>.</summary>
    private static int AppendPlain(string word, Span<char> key, int at)
    {
        foreach (var c in word)
        {
            if (c != '.')
            {
                key[at++] = char.ToLowerInvariant(c);
            }
        }

        return at;
    }

    private static string Plain(string word) => word.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("SummitBot.Language.places.tsv")
            ?? throw new InvalidOperationException("The places data is not embedded in " + typeof(Gazetteer).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        var byName = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f[0] == "country")
            {
                countries[f[2]] = f[1];
                var country = new Place(f[1], PlaceKind.Country, f[2], f[1], f[3], f[6].Length > 0 ? f[6] : null)
                {
                    Population = f.Length > 7 && long.TryParse(f[7], out var people) ? people : 0,
                };
                Add(byName, f[1], country);
                foreach (var other in Split(f[4]))
                {
                    Add(byName, other, country);
                }

                foreach (var demonym in Split(f[5]))
                {
                    Add(byName, demonym, country with { IsDemonym = true });
                }
            }
            else
            {
                var kind = f[0] == "capital" ? PlaceKind.Capital : PlaceKind.City;
                var city = new Place(f[1], kind, f[2], countries.GetValueOrDefault(f[2]), null, null)
                {
                    Population = long.TryParse(f[6], out var people) ? people : 0,
                };
                Add(byName, f[1], city);
                foreach (var other in Split(f[4]))
                {
                    Add(byName, other, city);
                }
            }
        }

        foreach (var continent in Continents)
        {
            Add(byName, continent, new Place(continent, PlaceKind.Continent, null, null, continent, null));
        }

        // A word that is first of all something else (a title, a common noun) is not read as a place by itself.
        foreach (var word in RoleWords.Heads.Concat(PlaceWords.Kinds.Keys))
        {
            byName.Remove(word.ToLowerInvariant());
        }

        // Countries first, then capitals, then cities by population (the data file lists them largest first).
        return new Gazetteer(byName.ToDictionary(p => p.Key, p => p.Value.OrderBy(Rank).ThenByDescending(p => p.Population).ToArray(), StringComparer.Ordinal));
    }

    private static int Rank(Place place) => place.Kind switch
    {
        PlaceKind.Continent => 0,
        PlaceKind.Country => 1,
        PlaceKind.Capital => 2,
        _ => 3,
    };

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Add(Dictionary<string, List<Place>> byName, string name, Place place)
    {
        var key = Key(name);
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = [];
        }

        if (!list.Any(p => p.Name == place.Name && p.Kind == place.Kind && p.CountryCode == place.CountryCode))
        {
            list.Add(place);
        }
    }
}
