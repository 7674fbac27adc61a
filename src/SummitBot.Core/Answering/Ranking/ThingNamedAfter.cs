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
    public static bool Names(QuestionTerm term, Passage passage)
    {
        if (!passage.After.Contains(term.Stem) || passage.TextAfter is not { } after)
        {
            return false;
        }

        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "The boat, the Silver Gull, ...": "The", one noun with its comma, then the name up to the next comma.
        if (words.Length < 4 || words[0] != "The" || !words[1].EndsWith(',') || words[1].Length < 2)
        {
            return false;
        }

        var noun = passage.Analyze(words[1].TrimEnd(','));
        if (noun.Count != 1 || !passage.Words.Contains(noun[0]))
        {
            return false;
        }

        var name = words.Skip(2).TakeWhile(w => !w.EndsWith(',')).ToList();
        var last = words.Skip(2 + name.Count).FirstOrDefault();
        if (last is null || name.Count > 5)
        {
            return false;
        }

        name.Add(last.TrimEnd(','));

        // The name is capitalized (past an opening "the"), so it is a name, not a description of the thing.
        var named = name.SkipWhile(w => w is "the" or "a" or "an").ToList();
        return named.Count > 0 && named.All(w => char.IsUpper(w[0])) && passage.Analyze(string.Join(' ', named)).Contains(term.Stem);
    }
}
