using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>"Who said ...?": the speaker of the words the sentence quotes or reports, where those words are what the question asks about.</summary>
internal sealed class SpeakerExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Speaker;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        List<string>? quoted = null;
        foreach (var quote in passage.Of(AnnotationKind.Quote).Where(q => q.Value.Length > 0))
        {
            // The question's own quoted words, read once for all the passage's quotes.
            quoted ??= QuotedVerbatim.Asked(question.Text);
            var said = passage.Analyze(quote.TextIn(passage.Text));
            var content = question.Terms.Where(t => t.Role != TermRole.Name || !quote.Value.Contains(t.Word, StringComparison.OrdinalIgnoreCase)).ToList();
            var share = content.Count == 0 ? 0.5 : content.Count(t => t.IsIn(said)) / (double)content.Count;
            var fit = (quote.Detail == "direct" ? 1.0 : 0.85) * (0.4 + (0.6 * share)) * (OwnerOfRole.Is(passage, quote.Value, quote.Start) ? OwnerOfRole.Weight : 1.0)
                * (QuotedVerbatim.Lacks(quoted, quote.TextIn(passage.Text)) ? QuotedVerbatim.Weight : 1.0);
            yield return new AnswerCandidate(passage, Type, quote.Value, quote.Start, quote.End, fit) { Note = $"speaker of a {quote.Detail} quote", Speaker = quote.Value, Person = quote.Value };
        }
    }
}
