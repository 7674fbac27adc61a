using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did Yang say about the release?" of '"Sending them back ... tells us ...," said Yang', after a paragraph that
/// opens "The quick release came at a tense time": a news report sets out the topic, then quotes someone on it. A word
/// of what the quote is about counts when a sentence before it in its paragraph, or in the paragraph before, has it,
/// only for a quote the sentence attributes to a person the question names by name (never by role alone), and only for
/// the question's content and event words (a name or number elsewhere is another statement's).
/// </summary>
internal static class QuoteLeadIn
{
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type == AnswerType.Quote
        && term.Role is TermRole.Content or TermRole.Event
        && question.People.Any(p => !p.ByRole && p.Candidates.Any(c => passage.Quotes(c.Key)))
        && passage.LeadIn.Any(words => words.Contains(term.Stem) || term.Forms.Any(words.Contains));
}
