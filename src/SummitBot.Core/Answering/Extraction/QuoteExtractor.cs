using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>"What did X say (about Y)?": the words the sentence quotes X saying (or reports), whoever X is called there.</summary>
internal sealed class QuoteExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Quote;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var quote in passage.Of(AnnotationKind.Quote).Where(q => q.Value.Length > 0))
        {
            var bySpeaker = question.People.Count == 0
                ? 0.7
                : Spans.IsAsked(quote.Value, question) ? 1.0
                : question.People.Any(p => p.Candidates.Count == 0) || SpeakerWords(question, quote.Value, passage) ? 0.9 : 0.0;
            if (bySpeaker == 0)
            {
                continue;
            }

            // What someone said in their own words first; a report of it is a lesser answer.
            var fit = bySpeaker * (quote.Detail == "direct" ? 1.0 : 0.6);
            yield return new AnswerCandidate(passage, Type, quote.TextIn(passage.Text).Trim(' ', ',', '\u201C', '\u201D', '"'), quote.Start, quote.End, fit)
            {
                Note = $"{quote.Detail} quote of {quote.Value}",
                Speaker = quote.Value,
                Person = quote.Value,
            };
        }
    }

    /// <summary>"What did the State Department say?": the speaker is named by words of the question.</summary>
    private static bool SpeakerWords(QuestionReading question, string speaker, Passage passage)
    {
        var words = passage.Analyze(speaker);
        return question.People.Any(p => passage.Analyze(p.Words).All(words.Contains));
    }
}
