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
        var speaker = Speaker(question);
        foreach (var quote in passage.Of(AnnotationKind.Quote).Where(q => q.Value.Length > 0))
        {
            if (speaker is not null && !speaker.Candidates.Any(c => c.Name.Equals(quote.Value, StringComparison.OrdinalIgnoreCase) || c.Key == ArticlePerson.KeyOf(quote.Value))
                && !SpeakerWords(speaker, quote.Value, passage))
            {
                // "What did Kim say to Xi?": Xi's words are not the answer.
                continue;
            }

            var bySpeaker = question.People.Count == 0
                ? (NamesOrganization(question, quote.Value, passage) ? 1.0 : 0.7)
                : Spans.IsAsked(quote.Value, question) ? 1.0
                : question.People.Any(p => p.Candidates.Count == 0) || SpeakerWords(question, quote.Value, passage) ? 0.9 : 0.0;
            if (bySpeaker == 0)
            {
                continue;
            }

            // What someone said in their own words first; a report of it is a lesser answer, unless the quoted words are
            // only part of the report and what the question asks about is in the report's other words.
            var fit = bySpeaker * Around(question, passage, quote) switch
            {
                Enclosing.TopicOutsideFragments => quote.Detail == "direct" ? OffTopicFragment : 1.0,
                _ => quote.Detail == "direct" ? 1.0 : 0.6,
            };
            if (quote.Detail == "reported" && !OwnWordsAfterReport.AsksReportedClause(question.Text) && passage.TextAfterInParagraph is { } next
                && OwnWordsAfterReport.QuotesAfter(next, quote.Value))
            {
                // The speaker's own words follow in the next sentence: the report only leads into them.
                fit *= LeadsIntoOwnWords;
            }

            if (Added(question, passage, quote) is { } added)
            {
                // What the question asks about is in what the speaker added after the quote, not in the quote.
                fit *= OffTopicFragment;
                yield return new AnswerCandidate(passage, Type, passage.Text[added.Start..added.End], added.Start, added.End, bySpeaker)
                {
                    Note = $"report added after a quote of {quote.Value}",
                    Speaker = quote.Value,
                    Person = quote.Value,
                };
            }

            // A quote that runs on into the next sentence is answered whole, citing both sentences.
            var words = quote.TextIn(passage.Text).Trim(' ', ',', '\u201C', '\u201D', '"');
            var runsOn = QuoteRunsOn.Next(passage, quote);
            yield return new AnswerCandidate(passage, Type, runsOn is null ? words : words + " " + QuoteRunsOn.Words(runsOn), quote.Start, quote.End, fit)
            {
                Note = $"{quote.Detail} quote of {quote.Value}" + (runsOn is null ? string.Empty : ", running on into the next sentence"),
                Speaker = quote.Value,
                Person = quote.Value,
                RunsOn = runsOn,
            };
        }
    }

    /// <summary>
    /// How much of its fit a report keeps when the next sentence quotes the same speaker's own words
    /// (<see cref="OwnWordsAfterReport"/>): what someone said is the quote; the report is the writer's lead-in to it.
    /// </summary>
    private const double LeadsIntoOwnWords = 0.5;

    /// <summary>How much of its fit a quoted fragment keeps that lacks what the question asks about, which the report around it has.</summary>
    private const double OffTopicFragment = 0.3;

    /// <summary>How a quote stands to a report, or other fragments, of the same speaker that hold what the question asks about.</summary>
    private enum Enclosing
    {
        None,
        TopicOutsideFragments,
    }

    /// <summary>
    /// "What did Kim tell Xi about the weapons?" and "Kim told Xi that the North would need no weapons "as long as
    /// ..."": the question's own words (other than names) are in the report and in none of the quoted words inside it,
    /// so the report answers and the fragment does not. Said of the report and of each fragment inside it; and of a
    /// fragment without those words when another fragment of the same speaker in the sentence has them.
    /// </summary>
    private static Enclosing Around(QuestionReading question, Passage passage, Annotation quote)
    {
        var topic = Topic(question);
        if (topic.Count == 0)
        {
            return Enclosing.None;
        }

        var quotes = passage.Of(AnnotationKind.Quote).Where(q => q.Value == quote.Value).ToList();

        // Of several words the speaker is quoted saying in the sentence, those with what the question asks about answer
        // and the others do not: "would "respond firmly" to what he called "an illegal act"", asked about the act, is
        // answered by its own fragment, with or without a report around them.
        if (quote.Detail == "direct" && !HasTopic(passage, quote, topic)
            && quotes.Any(q => q.Detail == "direct" && q.Start != quote.Start && HasTopic(passage, q, topic)))
        {
            return Enclosing.TopicOutsideFragments;
        }

        var report = quote.Detail == "reported" ? quote : quotes.FirstOrDefault(q => q.Detail == "reported" && q.Start <= quote.Start && quote.End <= q.End);
        if (report.Value is null || report.End == 0)
        {
            return Enclosing.None;
        }

        var fragments = quotes.Where(q => q.Detail == "direct" && report.Start <= q.Start && q.End <= report.End).ToList();
        if (fragments.Count == 0 || !HasTopic(passage, report, topic))
        {
            return Enclosing.None;
        }

        return fragments.Any(f => HasTopic(passage, f, topic)) ? Enclosing.None : Enclosing.TopicOutsideFragments;
    }

    private static bool HasTopic(Passage passage, Annotation quote, List<QuestionTerm> topic) => HasTopic(passage, quote.TextIn(passage.Text), topic);

    private static bool HasTopic(Passage passage, string text, List<QuestionTerm> topic)
    {
        var words = passage.Analyze(text);
        return topic.Any(t => t.IsIn(words));
    }

    /// <summary>
    /// What the speaker added after the quote in the same sentence (<see cref="AddedReport"/>), when it has what the
    /// question asks about and the quote does not; null otherwise.
    /// </summary>
    private static (int Start, int End)? Added(QuestionReading question, Passage passage, Annotation quote)
    {
        var topic = Topic(question);
        if (topic.Count == 0 || AddedReport.After(passage, quote) is not { } added || HasTopic(passage, quote, topic)
            || !HasTopic(passage, passage.Text[added.Start..added.End], topic))
        {
            return null;
        }

        // A report the reading already holds as a quote of its own is extracted as one.
        return passage.Of(AnnotationKind.Quote).Any(q => q.Start <= added.Start && added.End <= q.End) ? null : added;
    }

    /// <summary>The question's own words of what was said about (not names, not verbs of saying).</summary>
    private static List<QuestionTerm> Topic(QuestionReading question) =>
        question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && !Language.Words.SpeechVerbs.IsSpeechVerb(t.Word.ToLowerInvariant())).ToList();

    /// <summary>
    /// "What did the Ministry of Rural Affairs say?" of "The Swedish Ministry of Rural Affairs said ...": an organisation
    /// (no person the catalog knows) whose name the question gives, two words or more of it and at least two in three.
    /// </summary>
    private static bool NamesOrganization(QuestionReading question, string speaker, Passage passage)
    {
        if (!passage.Of(AnnotationKind.Organization).Any(o => o.Value.Equals(speaker, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var named = passage.Analyze(speaker);
        var asked = passage.Analyze(question.Text);
        var shared = named.Count(asked.Contains);
        return shared >= 2 && shared * 3 >= named.Count * 2;
    }

    /// <summary>"What did the State Department say?": the speaker is named by words of the question.</summary>
    private static bool SpeakerWords(QuestionReading question, string speaker, Passage passage) =>
        question.People.Any(p => SpeakerWords(p, speaker, passage));

    private static bool SpeakerWords(NamedPerson person, string speaker, Passage passage)
    {
        var words = passage.Analyze(speaker);
        return passage.Analyze(person.Words).All(words.Contains);
    }

    /// <summary>
    /// Of several people a question names, the one whose words are asked for: the first not named as the one spoken
    /// to or about ("what did Kim say to Xi?", "Kim's words to Xi"); null when it names one or none.
    /// </summary>
    private static NamedPerson? Speaker(QuestionReading question)
    {
        if (question.People.Count < 2)
        {
            return null;
        }

        var words = Language.Tokenizer.Tokenize(question.Text).Where(t => t.IsWord).ToList();
        foreach (var person in question.People.Where(p => !p.ByRole))
        {
            var first = person.Words.Split(' ')[0];
            var at = words.FindIndex(t => Questions.QuestionReader.Plain(t.Text).Equals(first, StringComparison.OrdinalIgnoreCase));
            if (at > 0 && words[at - 1].Text.ToLowerInvariant() is not ("to" or "about" or "with" or "of" or "for" or "on" or "at"))
            {
                return person;
            }
        }

        return null;
    }
}
