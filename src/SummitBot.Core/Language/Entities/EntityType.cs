namespace SummitBot.Language.Entities;

/// <summary>What a named thing in a text is.</summary>
public enum EntityType
{
    Person,
    Organization,
    Place,
    Event,
}
