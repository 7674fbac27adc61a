namespace SummitBot.Language.World;

/// <summary>The grain of a place: what "which city", "which country" or "at which venue" asks for.</summary>
public enum PlaceKind
{
    /// <summary>A place whose kind the text does not show ("in Panmunjom" with nothing more).</summary>
    Unknown,
    Continent,
    Country,
    Region,
    Capital,
    City,
    Village,
    Island,
    Water,

    /// <summary>A building or site: a hotel, a palace, a base, a villa, a conference hall.</summary>
    Venue,
}
