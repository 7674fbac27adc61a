namespace SummitBot.Benchmarks.Corpus;

/// <summary>A fictional country of the generated corpus: its name, adjective and capital.</summary>
internal sealed record Country(string Name, string Adjective, string Capital);

/// <summary>
/// The fictional world the generated articles are about: a fixed set of countries with capitals and a pool of
/// people, made once from the seed, so articles share countries and names the way a real archive does.
/// </summary>
internal sealed class World
{
    public World(int seed)
    {
        var names = new NameMaker(new Random(seed));
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        while (countries.Count < 60)
        {
            var name = names.Country();
            countries.TryAdd(name, new Country(name, Adjective(name), names.City()));
        }

        Countries = [.. countries.Values];
        Cities = [.. Enumerable.Range(0, 300).Select(_ => names.City()).Distinct(StringComparer.Ordinal)];
        People = [.. Enumerable.Range(0, 5000).Select(_ => names.Person()).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<string> People { get; }

    private static string Adjective(string country) =>
        country.EndsWith('a') ? country + "n" : country.EndsWith("stan", StringComparison.Ordinal) ? country + "i" : country + "ian";
}
