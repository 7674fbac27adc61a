using SummitBot.Language.Words;

namespace SummitBot.Search;

/// <summary>
/// A title read for matching roles in questions, as analyzed terms: its head words ("representative", "envoy"), whose
/// office it is (words before the head: "US", "North Korean") and what it is for (words after "for"/"to"/"of":
/// "North Korea"). "North Korea's envoy" is then told from "the US envoy for North Korea".
/// </summary>
public sealed record RoleTitle(string Text, IReadOnlyList<string> Heads, IReadOnlyList<string> Owner, IReadOnlyList<string> Target)
{
    public static RoleTitle Read(string title, Func<string, List<string>> analyze)
    {
        var words = title.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var split = Array.FindIndex(words, w => w is "for" or "to" or "of" or "at" or "in");
        var before = split < 0 ? words : words[..split];
        var after = split < 0 ? [] : words[(split + 1)..];
        var heads = new List<string>();
        var owner = new List<string>();
        foreach (var word in before)
        {
            var stems = analyze(word);
            (RoleWords.IsHead(word.TrimEnd('s')) || RoleWords.IsHead(word) ? heads : owner).AddRange(stems);
        }

        return new RoleTitle(title, heads, owner, analyze(string.Join(' ', after)));
    }
}
