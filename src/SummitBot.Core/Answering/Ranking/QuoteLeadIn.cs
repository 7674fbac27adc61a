using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did Yang say about the release?" of '"Sending them back ... tells us ...," said Yang', after a paragraph that
/// opens "The quick release came at a tense time": a news report sets out the topic, then quotes someone on it. A word
/// of what the quote is about counts when a sentence before it in its paragraph, or in the paragraph before, has it,
/// only for a quote the sentence attributes to a person the question names by name (never by role alone), and only for
/// the question's content and event words (a name or number elsewhere is another statement's). The lines before the
/// quote in its own paragraph set out its topic ("... most of them are over 80. 'For them, there is no time left'"); a
/// word found only in the paragraph before counts for less (<see cref="RankingWeights.InLeadInFar"/>), so a quote
/// whose topic is in its own paragraph beats another whose topic is in the paragraph before.
/// </summary>
internal static class QuoteLeadIn
{
    /// <summary>How well the lines leading up to the quote have <paramref name="term"/>: 0 when they do not, or the quote is no one's the question names.</summary>
    public static double Match(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (question.Type != AnswerType.Quote || !question.People.Any(p => !p.ByRole && p.Candidates.Any(c => passage.Quotes(c.Key))))
        {
            return 0;
        }

        if (term.Role is TermRole.Number or TermRole.Ordinal)
        {
            // A number of the report right before the speaker's own words is theirs (OwnWordsAfterReport); elsewhere
            // before the quote it is another statement's.
            return ByReportBefore(question, passage) && Holds(passage.LeadIn[0], term) ? RankingWeights.InLeadIn : 0;
        }

        if (term.Role is not (TermRole.Content or TermRole.Event))
        {
            return 0;
        }

        var leadIn = passage.LeadIn;
        for (var k = 0; k < leadIn.Count; k++)
        {
            if (Holds(leadIn[k], term))
            {
                return k < passage.LeadInOwn ? RankingWeights.InLeadIn : RankingWeights.InLeadInFar;
            }
        }

        return 0;
    }

    /// <summary>
    /// 'Ilkka Nurmi ... was more careful about the plan. "Nothing has been decided. The rink needs a roof," said Nurmi.':
    /// a quote that opens its sentence and runs on into the next, where it is attributed, is one quote with the sentence
    /// right before it that names its speaker and sets out what it is about. A word of the question found there counts
    /// as in the quote's own sentence, which alone holds neither the speaker's name nor the topic.
    /// </summary>
    public static bool InIntroduction(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (ByReportBefore(question, passage) && Holds(passage.LeadIn[0], term))
        {
            return true;
        }

        var text = passage.Text.TrimStart();
        if (!(text.StartsWith('"') || text.StartsWith('\u201C')) || text.Count(c => c is '"' or '\u201C' or '\u201D') != 1
            || passage.LeadIn.Count == 0)
        {
            return false;
        }

        var before = passage.LeadIn[0];
        var speaker = question.People.Where(p => !p.ByRole).SelectMany(p => p.Candidates).FirstOrDefault(c => passage.Quotes(c.Key));
        return speaker is not null && passage.Analyze(speaker.Name).Any(before.Contains) && Holds(before, term);
    }

    /// <summary>
    /// 'Ola Berg ... said the crossing would resume in May. "We have waited long enough," he said.': the quote opens its
    /// sentence and is given to the speaker the question names right after it, and the sentence right before, in its
    /// paragraph, reports that speaker's words, named in full (<see cref="Extraction.OwnWordsAfterReport"/>). The
    /// report and the quote are one statement: a word of the question in the report counts as in the quote's sentence.
    /// </summary>
    private static bool ByReportBefore(QuestionReading question, Passage passage)
    {
        if (passage.TextBeforeInParagraph is not { } before || passage.LeadIn.Count == 0 || Extraction.OwnWordsAfterReport.AsksReportedClause(question.Text))
        {
            return false;
        }

        var speaker = question.People.Where(p => !p.ByRole).SelectMany(p => p.Candidates).FirstOrDefault(c => passage.Quotes(c.Key));
        return speaker is not null && Extraction.OwnWordsAfterReport.QuotesAfter(passage.Text, speaker.Name)
            && Extraction.OwnWordsAfterReport.ReportsWordsOf(before, speaker.Name);
    }

    /// <summary>Whether a line of the lead-in has the term, in its stem or one of its forms.</summary>
    private static bool Holds(IReadOnlySet<string> line, QuestionTerm term) => line.Contains(term.Stem) || term.Forms.Any(line.Contains);
}
