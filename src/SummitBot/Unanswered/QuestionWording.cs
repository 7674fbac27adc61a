using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SummitBot.Unanswered;

/// <summary>
/// The words of a question that say what it asks: lower case, accents and punctuation gone, possessives and stop
/// words ("the", "is", "please", "tell me") dropped, the rest stemmed (Porter: "meeting", "meetings" → "meet").
/// Question words (where, when, who, why, how, which, what) are kept: "where is the summit?" and "when is the
/// summit?" ask for different things. Lucene's standard tokenizer and filters do the work; the knowledge's
/// synonyms are not used, so the report groups by what people typed.
/// </summary>
internal static class QuestionWording
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = new(
        Version,
        [
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
            "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
            "do", "does", "did", "can", "could", "would", "should", "please", "tell", "me", "about", "know", "you", "i", "we",
            "us", "my", "your", "has", "have", "had", "been", "were", "am", "so", "just", "hey", "hi", "any", "anything",
        ],
        ignoreCase: true);

    /// <summary>The question's significant words, stemmed, in order.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        var tokenizer = new StandardTokenizer(Version, new StringReader(text));
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
        }

        return terms;
    }

    /// <summary>How a wording is told apart from another: case, spacing and end punctuation do not count.</summary>
    public static string WordingKey(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!', ' ');

    /// <summary>
    /// How much two questions' words overlap (0 to 1): shared words over all words. A word counts as shared when it
    /// is the same or one letter off (a typo: "thrid"/"third"), for words of five letters or more.
    /// </summary>
    public static double Similarity(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(x => b.Any(y => x == y || (x.Length >= 5 && y.Length >= 5 && OneEditApart(x, y))));
        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbouring letters apart.</summary>
    internal static bool OneEditApart(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < x.Length && start < y.Length && x[start] == y[start])
        {
            start++;
        }

        if (start == x.Length && start == y.Length)
        {
            return true;
        }

        if (x.Length == y.Length)
        {
            // One letter changed, or two neighbours swapped.
            return x[(start + 1)..] == y[(start + 1)..]
                || (start + 1 < x.Length && x[start] == y[start + 1] && x[start + 1] == y[start] && x[(start + 2)..] == y[(start + 2)..]);
        }

        // One letter more in the longer word.
        var (longer, shorter) = x.Length > y.Length ? (x, y) : (y, x);
        return longer[(start + 1)..] == shorter[start..];
    }
}
