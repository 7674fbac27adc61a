using SummitBot.Language.Relations;

namespace SummitBot.Language.Words;

/// <summary>
/// Whether a word is ordinary English rather than a name: function words, and any word WordNet knows. A capitalized
/// word at the start of a sentence is read as a name only if it is not one of these (or is seen as a name elsewhere).
/// </summary>
public static class CommonWords
{
    public static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by", "with", "without", "about",
        "as", "into", "onto", "upon", "after", "before", "since", "until", "while", "when", "where", "why", "how", "what", "which", "who",
        "whom", "whose", "that", "this", "these", "those", "there", "here", "it", "its", "he", "him", "his", "she", "her", "hers", "they",
        "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "if", "then", "than", "though", "although", "because", "during",
        "following", "according", "despite", "amid", "among", "between", "over", "under", "within", "through", "across", "against", "toward",
        "towards", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "not", "no", "yes", "all", "any", "some", "each", "every", "both", "either",
        "neither", "such", "only", "also", "even", "still", "just", "more", "most", "other", "another", "many", "much", "few", "several",
        "once", "twice", "now", "later", "earlier", "again", "already", "however", "meanwhile", "instead", "asked", "speaking", "last",
        "next", "first", "second", "third", "new", "up", "down", "out", "off", "away", "back", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    /// <summary>
    /// Prepositions: they relate the question's words ("under the declaration") but a passage says the same with others
    /// ("in the declaration", "the declaration's"), so as words a passage must have they only cost right answers.
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "to", "from", "by", "with", "about", "into", "onto", "upon", "over", "under", "within", "through",
        "across", "toward", "towards", "among", "amid", "between", "despite", "following", "according",
        "along", "alongside", "beside", "besides", "behind", "beneath", "underneath", "near", "inside", "outside", "throughout",
        "via", "amongst", "aboard", "opposite", "beyond",
    };

    public static bool IsFunctionWord(string word) => Function.Contains(word);

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    /// <summary>Ordinary English: a function word or a word in WordNet (in any inflection).</summary>
    public static bool IsCommon(string lower) => Function.Contains(lower) || WordRelations.Default.Knows(lower);
}
