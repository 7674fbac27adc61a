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
    private static HashSet<string> In(string text, bool anyCase, Func<Place, string?> countryOf) =>
        new(Spans(Tokenizer.Tokenize(text), anyCase, countryOf).Select(s => s.Country), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a US team", "Seoul's envoy", "the Japanese delegation": where the tokens name a country by name, capital or
    /// demonym (its first token and length) and which, for telling whose a noun is.
    /// </summary>
    public static IEnumerable<(int Start, int Length, string Country)> Spans(IReadOnlyList<Token> tokens, bool anyCase) =>
        Spans(tokens, anyCase, place => ByNameOrCapital(place) ?? ByNameOrDemonymOf(place));

    private static IEnumerable<(int Start, int Length, string Country)> Spans(IReadOnlyList<Token> tokens, bool anyCase, Func<Place, string?> countryOf)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Gazetteer.Default.Match(tokens, i, anyCase, out var places);
            if (length == 0 || (CommonWords.IsFunctionWord(tokens[i].Text) && !tokens[i].IsAcronym))
            {
                // "us" is the pronoun; "US" in capitals is the country.
                continue;
            }

            if (places.Select(countryOf).FirstOrDefault(c => c is not null) is { } country)
            {
                yield return (i, length, country);
            }

            i += length - 1;
        }
    }
}
