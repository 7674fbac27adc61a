using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "stepped off an Air Koryo flight": "Air" is the first word of an airline's name, not the common word "air". A
/// capitalized word followed by another capitalized word is inside a name that goes on, so what follows it is the rest
/// of the name, not a clause of its own.
/// </summary>
internal static class InsideName
{
    /// <summary>Whether the token at <paramref name="k"/> is a capitalized word the name it opens or goes on with continues after.</summary>
    public static bool Continues(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsCapitalized && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized;
}
