namespace SummitBot.Language.Words;

/// <summary>
/// What an amount measures, as a question asks it ("how high", "what range", "what was the price") and a sentence says
/// it ("an altitude of"). The lengths and sizes come first; then the measures whose unit family tells an answer apart
/// (money for a price, kilotons for a yield, degrees for a temperature), and <see cref="Count"/>, a measure that is a
/// plain number (a death toll, a population, a magnitude on a scale).
/// </summary>
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
    Money,
    Energy,
    Temperature,
    Speed,
    Share,
    Count,
}
