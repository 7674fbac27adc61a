using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "on the way home from Hanoi", "before heading home", "on his way back": a phrase that places what is asked on a
/// journey back, which a passage tells in its own words ("flew back to Washington, stopping to refuel ...") or not at
/// all. Its words frame the question; the stop, the refuelling and the places named are what it is about.
/// </summary>
internal static class HomewardWords
{
    /// <summary>Words for the end of a journey back.</summary>
    private static readonly HashSet<string> Homeward = new(StringComparer.Ordinal) { "home", "back" };

    /// <summary>Verbs of setting out that, before "home" or "back", only say the journey back began.</summary>
    private static readonly HashSet<string> SettingOut = new(StringComparer.Ordinal) { "heading", "head", "headed", "going", "returning", "return", "returned" };

    /// <summary>Whether the word at <paramref name="i"/> is one of such a phrase's framing words: "way", "home"/"back", "heading".</summary>
    public static bool Frames(List<Token> tokens, int i)
    {
        var word = Lower(tokens, i);
        if (word == "way")
        {
            // "on the way home", "on his way back", "on the way to Hanoi".
            return Lower(tokens, i - 1) == "on" || (Lower(tokens, i - 2) == "on" && Lower(tokens, i - 1) is "the" or "his" or "her" or "their" or "its");
        }

        if (Homeward.Contains(word))
        {
            return Lower(tokens, i - 1) == "way" || SettingOut.Contains(Lower(tokens, i - 1));
        }

        return SettingOut.Contains(word) && Homeward.Contains(Lower(tokens, i + 1));
    }

    private static string Lower(List<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i].Text.ToLowerInvariant() : string.Empty;
}
