namespace SummitBot.Language.World;

/// <summary>A place the gazetteer knows: a country (with its capital and continent) or a city (with its country).</summary>
public sealed record Place(string Name, PlaceKind Kind, string? CountryCode, string? Country, string? Continent, string? Capital)
{
    /// <summary>True when the name matched was the country's demonym ("Vietnamese"), not its name.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>For a city, its population; for a country, the people of its cities: which of several places a name means first.</summary>
    public long Population { get; init; }

    /// <summary>A capital is also a city: "which city" is answered by one.</summary>
    public bool IsA(PlaceKind wanted) =>
        wanted == Kind || (wanted == PlaceKind.City && Kind == PlaceKind.Capital);
}
