using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The coastguard towed a fishing boat into port ..." then "The boat, the Silver Gull, had lost its engine": a news
/// report often tells of a thing first by its kind and names it only in the next sentence, which opens on "the", the
/// kind's noun again and the name set off by commas. The name is then the first sentence's too, by reference: the
/// thing it told of is the one named. Only a noun the first sentence has, and only the words between the commas.
/// </summary>
internal static class ThingNamedAfter
{
    /// <summary>Whether the question's word <paramref name="term"/> is in the name the next sentence gives the passage's thing.</summary>
    public static bool Names(QuestionTerm term, Passage passage) =>
        passage.After.Contains(term.Stem) && NameGiven(passage) is { } name && name.Contains(term.Stem);

    /// <summary>Whether every one of a named thing's analyzed words <paramref name="nameWords"/> is in the name the next sentence gives.</summary>
    public static bool NamesAll(IEnumerable<string> nameWords, Passage passage)
    {
        var words = nameWords.Where(s => s.Length > 2).ToList();
        return words.Count > 0 && words.All(passage.After.Contains) && NameGiven(passage) is { } name && words.All(name.Contains);
    }

    /// <summary>The analyzed words of the name the next sentence gives the thing the passage tells of by its kind, or null.</summary>
    private static List<string>? NameGiven(Passage passage)
    {
        if (passage.TextAfter is not { } after)
        {
            return null;
        }

        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "The boat, the Silver Gull, ...": "The", one noun with its comma, then the name up to the next comma.
        if (words.Length < 4 || words[0] != "The" || !words[1].EndsWith(',') || words[1].Length < 2)
        {
            return null;
        }

        var noun = passage.Analyze(words[1].TrimEnd(','));
        if (noun.Count != 1 || !passage.Words.Contains(noun[0]))
        {
            return null;
        }

        var name = words.Skip(2).TakeWhile(w => !w.EndsWith(',')).ToList();
        var last = words.Skip(2 + name.Count).FirstOrDefault();
        if (last is null || name.Count > 5)
        {
            return null;
        }

        name.Add(last.TrimEnd(','));

        // The name is capitalized (past an opening "the"), so it is a name, not a description of the thing.
        var named = name.SkipWhile(w => w is "the" or "a" or "an").ToList();
        return named.Count > 0 && named.All(w => char.IsUpper(w[0])) ? passage.Analyze(string.Join(' ', named)) : null;
    }
}
