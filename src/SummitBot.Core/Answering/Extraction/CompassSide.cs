using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The South's co-head", "the North's delegate": news names the sides of a divided country by a compass word alone.
/// An office owned so is of another side than the one a question asks ("the North Korean co-head") when the question
/// names compass words and not that one.
/// </summary>
internal static partial class CompassSide
{
    /// <summary>How much of its fit an office of another side keeps.</summary>
    public const double Weight = 0.1;

    public static bool IsOther(QuestionReading question, string office)
    {
        var owner = OwnerPattern().Match(office);
        if (!owner.Success)
        {
            return false;
        }

        var asked = CompassPattern().Matches(question.Text).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        return asked.Count > 0 && !asked.Contains(owner.Groups[1].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"^(?:the\s+)?(North|South|East|West)['\u2019]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"\b(?:north|south|east|west)(?=\b|ern\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CompassPattern();
}
