using SummitBot.Language.Words;

namespace SummitBot.Language.World;

/// <summary>
/// The countries a text names by name, capital or demonym ("Seoul" stands for South Korea, "Chinese" for China), by
/// their names in the <see cref="Gazetteer"/>.
/// </summary>
public static class CountriesNamed
{
    /// <summary>
    /// The countries <paramref name="text"/> names by name or capital (compared ignoring case); with
    /// <paramref name="anyCase"/>, names written in lower case count too, as in a question typed so.
    /// </summary>
    public static HashSet<string> In(string text, bool anyCase) => In(text, anyCase, ByNameOrCapital);

    /// <summary>The countries <paramref name="text"/> names by name or demonym ("Japanese", "South Korea"), in any case.</summary>
    public static HashSet<string> ByNameOrDemonym(string text) => In(text, anyCase: true, ByNameOrDemonymOf);

    private static string? ByNameOrCapital(Place place) =>
        place.Kind == PlaceKind.Country ? place.Name : place.Kind == PlaceKind.Capital ? place.Country ?? place.Name : null;

    private static string? ByNameOrDemonymOf(Place place) =>
        place.IsDemonym ? place.Country ?? place.Name : place.Kind == PlaceKind.Country ? place.Name : null;

    /// <summary>The countries of the first place of each name the text has for which <paramref name="countryOf"/> gives one.</summary>
    private static HashSet<string> In(string text, bool anyCase, Func<Place, string?> countryOf)
    {
        var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Gazetteer.Default.Match(tokens, i, anyCase, out var places);
            if (length == 0 || CommonWords.IsFunctionWord(tokens[i].Text))
            {
                continue;
            }

            if (places.Select(countryOf).FirstOrDefault(c => c is not null) is { } country)
            {
                countries.Add(country);
            }

            i += length - 1;
        }

        return countries;
    }
}
