namespace SummitBot.Language.Words;

/// <summary>What an amount measures, as a question asks it ("how high", "what range") and a sentence says it ("an altitude of").</summary>
public enum Dimension
{
    None,
    Height,
    Distance,
    Length,
    Width,
    Depth,
    Weight,
    Size,
}
