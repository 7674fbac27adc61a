using SummitBot.Knowledge;
using SummitBot.Language.Reading;
using SummitBot.Search;

namespace SummitBot.Answering.Retrieval;

/// <summary>
/// A sentence retrieval found, ready for extraction: its hit, its source, what was read out of it at index time, and
/// the analyzed words of the sentence, of its context (what it refers back to) and of the sentence before.
/// </summary>
internal sealed class Passage(SentenceHit hit, SourceDocument source, int rank, Func<string, List<string>> analyze, Func<string, IReadOnlySet<string>> sourceNames, Func<SentenceHit, SentenceHit?> previous)
{
    private HashSet<string>? _words;
    private HashSet<string>? _context;
    private HashSet<string>? _near;
    private HashSet<string>? _before;
    private List<Annotation>? _annotations;

    public SentenceHit Hit { get; } = hit;

    public SourceDocument Source { get; } = source;

    /// <summary>Its place in retrieval's ranking, from 0.</summary>
    public int Rank { get; } = rank;

    public string Text => Hit.Text;

    /// <summary>The index's analysis of <paramref name="text"/>: how words of the question and of answers are compared.</summary>
    public List<string> Analyze(string text) => analyze(text);

    public IReadOnlyList<Annotation> Annotations => _annotations ??= AnnotationCodec.Decode(Hit.Annotations);

    public HashSet<string> Words => _words ??= [.. analyze(Hit.Text)];

    public HashSet<string> Context => _context ??= [.. analyze(Hit.Context)];

    public HashSet<string> Near => _near ??= [.. analyze(Hit.Near)];

    /// <summary>The analyzed words of the sentence before it in the same source (read when first needed).</summary>
    public HashSet<string> Before => _before ??= previous(Hit) is { } before ? [.. analyze(before.Text)] : [];

    /// <summary>The analyzed words of the article's headline and of every name the article has.</summary>
    public IReadOnlySet<string> Article => sourceNames(Hit.SourceId);

    /// <summary>The annotations of one kind.</summary>
    public IEnumerable<Annotation> Of(AnnotationKind kind) => Annotations.Where(a => a.Kind == kind);

    public override string ToString() => $"#{Rank} {Source.Id} {Hit.Paragraph}.{Hit.Sentence}: {Text}";
}
