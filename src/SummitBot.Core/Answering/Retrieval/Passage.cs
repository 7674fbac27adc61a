using SummitBot.Knowledge;
using SummitBot.Language.Reading;
using SummitBot.Search;

namespace SummitBot.Answering.Retrieval;

/// <summary>
/// A sentence retrieval found, ready for extraction: its hit, its source, what was read out of it at index time, and
/// the analyzed words of the sentence, of its context (what it refers back to) and of the sentences before and after.
/// </summary>
internal sealed class Passage(SentenceHit hit, SourceDocument source, int rank, SentenceAnalysis analysis, Func<string, List<string>> analyze, Func<string, IReadOnlySet<string>> sourceNames, Func<SentenceHit, int, IReadOnlySet<string>?> wordsBeside, Func<SentenceHit, SentenceAnalysis?> opening, Func<SentenceHit, int, (int Paragraph, string Text, IReadOnlySet<string> Words)?> sentenceBeside)
{
    private SentenceAnalysis? _opening;
    private bool _openingRead;
    private Dictionary<string, List<string>>? _analyzed;
    private IReadOnlySet<string>? _before;
    private IReadOnlySet<string>? _after;
    private DateOnly? _published;

    public SentenceHit Hit { get; } = hit;

    public SourceDocument Source { get; } = source;

    /// <summary>The day the source was published, when its header says (never guessed).</summary>
    public DateOnly? Published => (_published ??= Language.Time.PublishedDate.Parse(Source.Published) ?? DateOnly.MinValue) is var day && day != DateOnly.MinValue ? day : null;

    /// <summary>Its place in retrieval's ranking, from 0.</summary>
    public int Rank { get; } = rank;

    public string Text => Hit.Text;

    /// <summary>The index's analysis of <paramref name="text"/>: how words of the question and of answers are compared (each text analyzed once).</summary>
    public List<string> Analyze(string text)
    {
        _analyzed ??= new(StringComparer.Ordinal);
        if (!_analyzed.TryGetValue(text, out var terms))
        {
            _analyzed[text] = terms = analyze(text);
        }

        return terms;
    }

    /// <summary>The sentence's tokens and each token's analyzed terms.</summary>
    public SentenceAnalysis Analysis => analysis;

    public IReadOnlyList<Annotation> Annotations => analysis.Annotations;

    public HashSet<string> Words => analysis.Words;

    public HashSet<string> Context => analysis.Context;

    public HashSet<string> Near => analysis.Near;

    /// <summary>The analyzed words of the sentence before it in the same source (read when first needed; shared, never changed).</summary>
    public IReadOnlySet<string> Before => _before ??= wordsBeside(Hit, -1) ?? NoWords;

    /// <summary>The analyzed words of the sentence after it in the same source (read when first needed; shared, never changed).</summary>
    public IReadOnlySet<string> After => _after ??= wordsBeside(Hit, 1) ?? NoWords;

    private static readonly HashSet<string> NoWords = [];

    /// <summary>The text of the sentence after it in the same source, or null (read when asked).</summary>
    public string? TextAfter => sentenceBeside(Hit, 1)?.Text;

    /// <summary>The text of the sentence right before it when that one is in its paragraph, or null (read when asked).</summary>
    public string? TextBeforeInParagraph => sentenceBeside(Hit, -1) is { } before && before.Paragraph == Hit.Paragraph ? before.Text : null;

    /// <summary>The text of the sentence right before it, in its paragraph or ending the one before, or null (read when asked).</summary>
    public string? TextBefore => sentenceBeside(Hit, -1)?.Text;

    /// <summary>The text of the sentence right after it when that one is in its paragraph, or null (read when asked).</summary>
    public string? TextAfterInParagraph => sentenceBeside(Hit, 1) is { } after && after.Paragraph == Hit.Paragraph ? after.Text : null;

    private List<IReadOnlySet<string>>? _leadIn;

    /// <summary>
    /// The analyzed words of the sentences that lead up to it: those before it in its paragraph and those of the
    /// paragraph before (read when first needed). A quote often answers what the lines before it set out. A sentence
    /// that goes on with a quote begun before it leads up from the paragraph before only when the quote opens its own
    /// paragraph; a line in its paragraph before the quote sets out the topic of the quote's opening, not of its later
    /// sentences.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<string>> LeadIn => _leadIn ??= ReadLeadIn();

    /// <summary>
    /// How many of <see cref="LeadIn"/>, from the first, lead right into the quote: those of its own paragraph, and at
    /// least the one right before it (the last of the paragraph before, for a quote that opens its paragraph).
    /// </summary>
    public int LeadInOwn
    {
        get
        {
            _ = LeadIn;
            return _leadInOwn;
        }
    }

    private int _leadInOwn;

    private List<IReadOnlySet<string>> ReadLeadIn()
    {
        var before = new List<(int Paragraph, string Text, IReadOnlySet<string> Words)>();
        for (var offset = -1; sentenceBeside(Hit, offset) is { } beside && beside.Paragraph >= Hit.Paragraph - 1; offset--)
        {
            before.Add(beside);
        }

        // The sentence right before the quote leads into it wherever it stands: a quote that opens its paragraph is
        // set up by the one closing the paragraph before.
        if (!GoesOnWithQuote(Text))
        {
            _leadInOwn = Math.Max(1, before.Count(b => b.Paragraph == Hit.Paragraph));
            return before.Select(b => b.Words).ToList();
        }

        var ownParagraph = before.Where(b => b.Paragraph == Hit.Paragraph).ToList();
        var quoteOpensParagraph = ownParagraph.Count > 0 && OpensQuote(ownParagraph[^1].Text);
        _leadInOwn = 1;
        return quoteOpensParagraph ? before.Where(b => b.Paragraph < Hit.Paragraph).Select(b => b.Words).ToList() : [];
    }

    private static bool OpensQuote(string text) => text.TrimStart().StartsWith('"') || text.TrimStart().StartsWith('\u201C');

    /// <summary>'Sending them back ... with Seoul," said Yang': a sentence that closes a quote it did not open.</summary>
    private static bool GoesOnWithQuote(string text) => !OpensQuote(text) && text.Count(c => c is '"' or '\u201C' or '\u201D') % 2 == 1;

    /// <summary>The reading of the source's first sentence, where its dateline stands (read when first needed), or null.</summary>
    public SentenceAnalysis? Opening
    {
        get
        {
            if (!_openingRead)
            {
                _opening = opening(Hit);
                _openingRead = true;
            }

            return _opening;
        }
    }

    /// <summary>The analyzed words of the article's headline and of every name the article has.</summary>
    public IReadOnlySet<string> Article => sourceNames(Hit.SourceId);

    private int? _datelineDash;

    /// <summary>The token of the dash that ends the dateline the sentence opens with, or -1: only a source's first sentence has one.</summary>
    private int DatelineDash => _datelineDash ??= Hit.Paragraph == 0 && Hit.Sentence == 0 ? Dateline.DashAt(analysis.Tokens) : -1;

    /// <summary>Whether the text at <paramref name="start"/> stands in the dateline the sentence opens with ("OSLO (Agency) - ...").</summary>
    public bool InDateline(int start) => DatelineDash > 0 && start < analysis.Tokens[DatelineDash].Start;

    /// <summary>
    /// Whether the sentence has <paramref name="stem"/> only in the dateline it opens with: the dateline says where the
    /// story was filed, so its place is the article's setting, not a word of what the sentence tells.
    /// </summary>
    public bool OnlyInDateline(string stem)
    {
        var dash = DatelineDash;
        if (dash <= 0)
        {
            return false;
        }

        var stems = analysis.TokenStems;
        var inDateline = false;
        for (var i = 0; i < stems.Count; i++)
        {
            if (Array.IndexOf(stems[i], stem) >= 0)
            {
                if (i > dash)
                {
                    return false;
                }

                inDateline = true;
            }
        }

        return inDateline;
    }

    /// <summary>Whether the sentence names the person whose key (<see cref="ArticlePerson.KeyOf"/>) is <paramref name="key"/>.</summary>
    public bool Names(string key) => analysis.PersonKeys.Contains(key);

    /// <summary>Whether one of its quotes is attributed to the person whose key is <paramref name="key"/>.</summary>
    public bool Quotes(string key) => analysis.SpeakerKeys.Contains(key);

    /// <summary>The annotations of one kind.</summary>
    public IReadOnlyList<Annotation> Of(AnnotationKind kind) => analysis.Of(kind);

    public override string ToString() => $"#{Rank} {Source.Id} {Hit.Paragraph}.{Hit.Sentence}: {Text}";
}
