using SummitBot.Language;

namespace SummitBot.Answering.Retrieval;

/// <summary>
/// A sentence analyzed once for every question that retrieves it: its tokens, each token's analyzed terms (one pass of
/// the index's analyzer over the sentence), and the analyzed words of the sentence, of its context and of the sentence
/// before it, and its index-time annotations decoded. Kept per knowledge generation for the sentences questions touch, up to a bound.
/// </summary>
internal sealed class SentenceAnalysis
{
    private static readonly string[] NoStems = [];

    public SentenceAnalysis(string text, string context, string near, Func<string, List<(string Term, int Start, int End)>> termsAt, string? annotations = null)
    {
        Annotations = Language.Reading.AnnotationCodec.Decode(annotations);
        _byKind = ByKind(Annotations);
        Tokens = Tokenizer.Tokenize(text);
        var stems = new List<string>?[Tokens.Count];
        var words = new HashSet<string>(StringComparer.Ordinal);
        var k = 0;
        foreach (var (term, start, _) in termsAt(text))
        {
            words.Add(term);
            while (k + 1 < Tokens.Count && Tokens[k].End <= start)
            {
                k++;
            }

            if (k < Tokens.Count)
            {
                (stems[k] ??= []).Add(term);
            }
        }

        TokenStems = [.. stems.Select(s => s is null ? NoStems : s.ToArray())];
        Words = words;
        Context = [.. termsAt(context).Select(t => t.Term)];
        Near = [.. termsAt(near).Select(t => t.Term)];
    }

    public List<Token> Tokens { get; }

    /// <summary>What was read out of the sentence at index time (names, dates, quantities, quotes), decoded once.</summary>
    public IReadOnlyList<Language.Reading.Annotation> Annotations { get; }

    /// <summary>The annotations of one kind, in the sentence's order (grouped once: every extractor asks for its kinds).</summary>
    public IReadOnlyList<Language.Reading.Annotation> Of(Language.Reading.AnnotationKind kind) => _byKind[(int)kind];

    private readonly Language.Reading.Annotation[][] _byKind;

    private static readonly int KindCount = (int)Enum.GetValues<Language.Reading.AnnotationKind>().Max() + 1;

    private static Language.Reading.Annotation[][] ByKind(IReadOnlyList<Language.Reading.Annotation> annotations)
    {
        var byKind = new Language.Reading.Annotation[KindCount][];
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            byKind[kind] = [.. annotations.Where(a => (int)a.Kind == kind)];
        }

        return byKind;
    }

    /// <summary>The keys (<see cref="Language.Reading.ArticlePerson.KeyOf"/>) of the people the sentence names, worked out when first asked.</summary>
    public IReadOnlySet<string> PersonKeys => _personKeys ??= KeysOf(Language.Reading.AnnotationKind.Person, quoted: false);

    /// <summary>The keys of the speakers its quotes are attributed to.</summary>
    public IReadOnlySet<string> SpeakerKeys => _speakerKeys ??= KeysOf(Language.Reading.AnnotationKind.Quote, quoted: true);

    private IReadOnlySet<string>? _personKeys;
    private IReadOnlySet<string>? _speakerKeys;

    /// <summary>A quote's value is its speaker, empty when the sentence does not say who.</summary>
    private HashSet<string> KeysOf(Language.Reading.AnnotationKind kind, bool quoted) =>
        new(Annotations.Where(a => a.Kind == kind && (!quoted || a.Value.Length > 0)).Select(a => Language.Reading.ArticlePerson.KeyOf(a.Value)), StringComparer.Ordinal);

    /// <summary>The analyzed terms each token gave (none for a stop word or punctuation).</summary>
    public IReadOnlyList<string[]> TokenStems { get; }

    public HashSet<string> Words { get; }

    public HashSet<string> Context { get; }

    public HashSet<string> Near { get; }

    /// <summary>The analyzed terms of the tokens between two character offsets of the sentence.</summary>
    public HashSet<string> StemsBetween(int from, int to)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Start >= from && Tokens[i].End <= to)
            {
                stems.UnionWith(TokenStems[i]);
            }
        }

        return stems;
    }
}
