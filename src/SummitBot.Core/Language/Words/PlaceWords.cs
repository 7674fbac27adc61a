using SummitBot.Language.World;

namespace SummitBot.Language.Words;

/// <summary>
/// Nouns that name a kind of place and end (or, lower case, follow) a place's name: "the Metropole hotel", "Sentosa
/// Island", "the border village of Panmunjom", "Peace House". Also the nouns that ask for a kind of place in a question
/// ("which city", "at which venue").
/// </summary>
public static class PlaceWords
{
    public static readonly Dictionary<string, PlaceKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hotel"] = PlaceKind.Venue, ["resort"] = PlaceKind.Venue, ["palace"] = PlaceKind.Venue, ["hall"] = PlaceKind.Venue,
        ["house"] = PlaceKind.Venue, ["building"] = PlaceKind.Venue, ["villa"] = PlaceKind.Venue, ["center"] = PlaceKind.Venue,
        ["centre"] = PlaceKind.Venue, ["tower"] = PlaceKind.Venue, ["residence"] = PlaceKind.Venue, ["embassy"] = PlaceKind.Venue,
        ["stadium"] = PlaceKind.Venue, ["complex"] = PlaceKind.Venue, ["compound"] = PlaceKind.Venue, ["guesthouse"] = PlaceKind.Venue,
        ["pavilion"] = PlaceKind.Venue, ["campus"] = PlaceKind.Venue, ["room"] = PlaceKind.Venue, ["garden"] = PlaceKind.Venue,
        ["gardens"] = PlaceKind.Venue, ["square"] = PlaceKind.Venue, ["park"] = PlaceKind.Venue, ["museum"] = PlaceKind.Venue,
        ["airport"] = PlaceKind.Venue, ["base"] = PlaceKind.Venue, ["station"] = PlaceKind.Venue, ["port"] = PlaceKind.Venue,
        ["harbour"] = PlaceKind.Venue, ["harbor"] = PlaceKind.Venue, ["bridge"] = PlaceKind.Venue, ["camp"] = PlaceKind.Venue,
        ["facility"] = PlaceKind.Venue, ["site"] = PlaceKind.Venue, ["plant"] = PlaceKind.Venue, ["reactor"] = PlaceKind.Venue,
        ["university"] = PlaceKind.Venue, ["institute"] = PlaceKind.Venue, ["venue"] = PlaceKind.Venue, ["office"] = PlaceKind.Venue,
        ["lodge"] = PlaceKind.Venue, ["estate"] = PlaceKind.Venue, ["mansion"] = PlaceKind.Venue, ["inn"] = PlaceKind.Venue,
        ["arena"] = PlaceKind.Venue,
        ["island"] = PlaceKind.Island, ["islands"] = PlaceKind.Island, ["isle"] = PlaceKind.Island,
        ["village"] = PlaceKind.Village, ["town"] = PlaceKind.City, ["city"] = PlaceKind.City, ["capital"] = PlaceKind.Capital,
        ["peninsula"] = PlaceKind.Region, ["province"] = PlaceKind.Region, ["region"] = PlaceKind.Region, ["prefecture"] = PlaceKind.Region,
        ["county"] = PlaceKind.Region, ["district"] = PlaceKind.Region, ["zone"] = PlaceKind.Region, ["territory"] = PlaceKind.Region,
        ["state"] = PlaceKind.Region, ["coast"] = PlaceKind.Region, ["border"] = PlaceKind.Region, ["frontier"] = PlaceKind.Region,
        ["sea"] = PlaceKind.Water, ["river"] = PlaceKind.Water, ["strait"] = PlaceKind.Water, ["bay"] = PlaceKind.Water,
        ["ocean"] = PlaceKind.Water, ["gulf"] = PlaceKind.Water, ["lake"] = PlaceKind.Water,
        ["mountain"] = PlaceKind.Region, ["mount"] = PlaceKind.Region, ["valley"] = PlaceKind.Region,
        ["mountains"] = PlaceKind.Region, ["hill"] = PlaceKind.Region, ["hills"] = PlaceKind.Region, ["cape"] = PlaceKind.Region,
        ["beach"] = PlaceKind.Region, ["plateau"] = PlaceKind.Region, ["desert"] = PlaceKind.Region, ["forest"] = PlaceKind.Region,
        ["islet"] = PlaceKind.Island, ["islets"] = PlaceKind.Island, ["reef"] = PlaceKind.Water, ["canal"] = PlaceKind.Water,
        ["lagoon"] = PlaceKind.Water, ["waters"] = PlaceKind.Water,
        ["country"] = PlaceKind.Country, ["nation"] = PlaceKind.Country, ["continent"] = PlaceKind.Continent,

        // "the west London suburb of Ealing": a place inside a town, of no grain the gazetteer has (not a town beside it).
        ["suburb"] = PlaceKind.Unknown,
    };

    /// <summary>Nouns that mean "a place" without saying which kind ("location", "place", "where").</summary>
    public static readonly HashSet<string> AnyPlace = new(StringComparer.OrdinalIgnoreCase) { "place", "location", "venue", "site", "spot", "destination" };

    public static bool TryKind(string word, out PlaceKind kind) => Kinds.TryGetValue(word, out kind);

    /// <summary>
    /// Capitalized nouns that begin a place's name rather than end it: "Mount Kumgang", "Lake Toba", "Cape Canaveral",
    /// "Camp David", "Fort Bragg". Before another capitalized word they name a place, never a person's first name.
    /// </summary>
    private static readonly Dictionary<string, PlaceKind> Leading = new(StringComparer.Ordinal)
    {
        ["Mount"] = PlaceKind.Region, ["Mt"] = PlaceKind.Region, ["Lake"] = PlaceKind.Water, ["Cape"] = PlaceKind.Region,
        ["Camp"] = PlaceKind.Venue, ["Fort"] = PlaceKind.Venue,
    };

    /// <summary>The kind of place a name begun by <paramref name="word"/> is ("Mount" → a region), if it is one of <see cref="Leading"/>.</summary>
    public static bool TryLeadingKind(string word, out PlaceKind kind) => Leading.TryGetValue(word, out kind);
}
