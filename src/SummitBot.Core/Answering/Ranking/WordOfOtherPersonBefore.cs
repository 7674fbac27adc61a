using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Chief engineer Ana Ruiz, a former Navy diver, checked the hull." then "Captain Tom Hale had sailed ahead ...": a word
/// the sentence before has only in the aside describing a named person ("a former Navy diver") tells who that person
/// is, not what the next sentence goes on about; a sentence opening on its own name is about someone else, so the word
/// is not its own. A sentence opening on "He" or "She" may go on about that person, and keeps the word.
/// </summary>
internal static partial class WordOfOtherPersonBefore
{
    private static readonly HashSet<string> Referring = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "his", "her", "their", "the", "it", "its", "this", "that" };

    public static bool Tells(QuestionTerm term, Passage passage)
    {
        if (passage.TextBefore is not { } before || OpensByReference(passage.Text))
        {
            return false;
        }

        var outside = new List<string>();
        var inAside = false;
        var segments = before.Split(',');
        for (var i = 0; i < segments.Length; i++)
        {
            var stems = passage.Analyze(segments[i]);
            var has = stems.Contains(term.Stem);
            if (i > 0 && i < segments.Length - 1 && AsideOpening().IsMatch(segments[i]) && NameEnding().IsMatch(segments[i - 1]))
            {
                inAside |= has;
            }
            else if (has)
            {
                return false;
            }
        }

        return inAside;
    }

    private static bool OpensByReference(string text)
    {
        var first = text.TrimStart().Split(' ', 2)[0];
        return Referring.Contains(first);
    }

    [GeneratedRegex(@"^\s+(a|an|the)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AsideOpening();

    [GeneratedRegex(@"\b[A-Z][a-z]+\s+[A-Z][a-z]+$")]
    private static partial Regex NameEnding();
}
