using SummitBot.Language.Words;

namespace SummitBot.Language.World;

/// <summary>
/// The countries a text names by name, capital or demonym ("Seoul" stands for South Korea, "Chinese" for China), by
/// their names in the <see cref="Gazetteer"/>.
/// </summary>
public static class CountriesNamed
{
    /// <summary>
    /// The countries <paramref name="text"/> names (compared ignoring case); with <paramref name="anyCase"/>, names
    /// written in lower case count too, as in a question typed so.
    /// </summary>
    public static HashSet<string> In(string text, bool anyCase)
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

            if (places.FirstOrDefault(p => p.Kind is PlaceKind.Country or PlaceKind.Capital) is { } place)
            {
                countries.Add(place.Kind == PlaceKind.Country ? place.Name : place.Country ?? place.Name);
            }

            i += length - 1;
        }

        return countries;
    }
}
