using SummitBot.Language.Relations;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How many African countries ...?" of "13 countries in Africa", "Angolan workers" of "workers from Angola": a
/// demonym in the question names its place as an adjective, and the sentence may name the place itself. The place of a
/// country's demonym is the gazetteer's; a continent's is the one whose WordNet derivation the word is ("Africa" →
/// "African"). Matched as a related word, for less than the word itself.
/// </summary>
internal static class PlaceOfDemonym
{
    /// <summary>The names of the places <paramref name="word"/> is the demonym of; none when it is no demonym.</summary>
    public static IEnumerable<string> Of(string word)
    {
        var places = Gazetteer.Default.Find(word);
        if (places.Count > 0 && places.All(p => p.IsDemonym))
        {
            foreach (var place in places)
            {
                yield return place.Country ?? place.Name;
            }

            yield break;
        }

        if (places.Count > 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        var lower = word.ToLowerInvariant();
        foreach (var continent in Gazetteer.Continents)
        {
            if (!continent.Contains(' ', StringComparison.Ordinal) && WordRelations.Default.Related(continent.ToLowerInvariant(), Relation.Derivation).Contains(lower))
            {
                yield return continent;
            }
        }
    }
}
