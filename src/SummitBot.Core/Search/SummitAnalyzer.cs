using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace SummitBot.Search;

/// <summary>
/// The one analyzer used to index and to query: standard tokens, lower case, ASCII folding, English possessives,
/// the knowledge's synonyms (each read as its group's canonical form), English stop words and Porter stemming.
/// </summary>
public sealed class SummitAnalyzer : Analyzer
{
    private readonly SynonymMap? _synonyms;

    public SummitAnalyzer(IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        _synonyms = BuildSynonyms(synonymGroups);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.Version, reader);
        TokenStream stream = BaseFilters(tokenizer);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }

        stream = new StopFilter(IndexSchema.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The analyzed terms of <paramref name="text"/> with where each comes from (character offsets), in order; a synonym of several words ("South Korea") is one term.</summary>
    public List<(string Term, int Start, int End)> TermsAt(string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = GetTokenStream(IndexSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return terms;
    }

    /// <summary>Texts up to this long (a word, a name, a short phrase) have their terms kept after the first analysis.</summary>
    private const int MaxCachedLength = 40;

    /// <summary>How many short texts' terms are kept.</summary>
    private const int MaxCachedTexts = 50_000;

    /// <summary>
    /// The terms of short texts: answering analyzes the same words and names (a question's words, people's names,
    /// WordNet's related words) over and over, and a pass of the token stream with its synonym map costs far more
    /// than a lookup. The analyzer never changes, so neither do the terms.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _shortTexts = new(StringComparer.Ordinal);

    /// <summary>The analyzed terms of <paramref name="text"/>, in order (a new list the caller may change).</summary>
    public List<string> Terms(string text)
    {
        if (text.Length > MaxCachedLength)
        {
            return Analyze(text);
        }

        if (!_shortTexts.TryGetValue(text, out var known))
        {
            known = [.. Analyze(text)];
            if (_shortTexts.Count < MaxCachedTexts)
            {
                _shortTexts.TryAdd(text, known);
            }
        }

        return [.. known];
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(IndexSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static ASCIIFoldingFilter BaseFilters(Tokenizer tokenizer) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(IndexSchema.Version, new EnglishPossessiveFilter(IndexSchema.Version, tokenizer)));

    private static SynonymMap? BuildSynonyms(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        using var entryAnalyzer = new EntryAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: false, entryAnalyzer);
        using var rules = new StringReader(string.Join('\n', groups.Select(g => string.Join(", ", g.Select(Escape)))));
        parser.Parse(rules);
        return parser.Build();
    }

    private static string Escape(string entry) => entry.Replace(",", "\\,", StringComparison.Ordinal);

    /// <summary>Reads synonym entries the way text reaches the synonym filter, so "U.S." in the list matches "U.S." in text.</summary>
    private sealed class EntryAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(IndexSchema.Version, reader);
            return new TokenStreamComponents(tokenizer, BaseFilters(tokenizer));
        }
    }
}
