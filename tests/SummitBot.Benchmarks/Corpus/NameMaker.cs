namespace SummitBot.Benchmarks.Corpus;

/// <summary>
/// Makes fictional names (people, countries, cities) from syllables, deterministically from a seed. Names that are,
/// or contain as a word, anything of the real story (Trump, Kim, Moon, ...) are never made, so a generated article
/// can never answer a question about the real talks.
/// </summary>
internal sealed class NameMaker
{
    /// <summary>Words of the real story (and short words questions use) that no generated name may be.</summary>
    private static readonly HashSet<string> Banned = new(StringComparer.OrdinalIgnoreCase)
    {
        "trump", "kim", "biegun", "xi", "moon", "biden", "jong", "un", "hyok", "chol", "korea", "korean", "hanoi", "vietnam",
        "singapore", "pyongyang", "seoul", "washington", "donald", "stephen", "steve", "rocket", "america", "summit",
        "third", "second", "first", "where", "when", "who", "what", "envoy", "leader", "chairman", "president",
    };

    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "th", "tr", "vel", "mar", "cor"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ae", "ia", "ei", "ou"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "nd", "rk", "st", "th", "v"];
    private static readonly string[] CountryEndings = ["ia", "ania", "stan", "land", "ova", "ar", "esh", "enia", "ora"];
    private static readonly string[] CityEndings = ["burg", "grad", "port", "ville", "mouth", "haven", "ford", "ka", "polis", "ara"];

    private readonly Random _random;

    public NameMaker(Random random) => _random = random;

    public string Person() => $"{Word(2)} {Word(_random.Next(2, 4))}";

    public string Country() => Fresh(() => Capital(Stem() + Pick(CountryEndings)));

    public string City() => Fresh(() => Capital(Stem() + Pick(CityEndings)));

    public string Word(int syllables) => Fresh(() =>
    {
        var text = string.Concat(Enumerable.Range(0, syllables).Select(_ => Pick(Onsets) + Pick(Vowels) + Pick(Codas)));
        return Capital(text);
    });

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Stem() => Pick(Onsets) + Pick(Vowels) + Pick(Onsets) + Pick(Vowels);

    private static string Fresh(Func<string> make)
    {
        while (true)
        {
            var name = make();
            if (name.Length >= 4 && !Banned.Contains(name) && !Banned.Any(b => name.StartsWith(b, StringComparison.OrdinalIgnoreCase) && b.Length >= 3))
            {
                return name;
            }
        }
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
