using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Time;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When was the ferry due to sail?" and "The ferry was cancelled an hour before it was due to sail, the port said on
/// Friday": a date that belongs to a verb of saying ("said on Friday", "told reporters on Friday", "on Friday
/// announced") is when the news was given, not when a deed the sentence only names ("the sailing") or tells as a plan
/// ("was due to sail") was due; nor when a deed with a date of its own in the sentence was done ("sank on Thursday,
/// the port said on Friday"). A report of a deed told as done and dated by nothing else ("said on Friday that the ferry
/// had sunk") is dated by its report, as news is. The saying's date answers a question about the saying ("when did the
/// port announce it?").
/// </summary>
internal static class DateOfSaying
{
    /// <summary>How much of its fit a date keeps that is when something was said, asked of another deed.</summary>
    private const double OfTheSaying = 0.4;

    /// <summary>How many tokens may stand between the verb of saying and its date ("told reporters in Geneva on Friday").</summary>
    private const int Reach = 5;

    /// <summary>How many tokens the speaker of an attribution at the sentence's end may take ("two officials familiar with the visit").</summary>
    private const int SpeakerReach = 8;

    /// <summary>
    /// Verbs of saying that are a deed of their own, not the giving of news: a pledge or a call is what may be asked
    /// ("when did they pledge ...?", <see cref="PlanDate"/>), and "called" also names ("a meeting called for Friday").
    /// </summary>
    private static readonly HashSet<string> Deeds = new(StringComparer.OrdinalIgnoreCase)
    {
        "pledged", "pledges", "promised", "promises", "vowed", "vows", "called", "calls", "asked", "asks", "described", "describes",
    };

    /// <summary>Verbs a question asks the giving of news with that are not verbs of saying ("when did the ministry reveal ...?").</summary>
    public static readonly HashSet<string> Disclosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "reveal", "revealed", "disclose", "disclosed", "unveil", "unveiled", "publicize", "publicise", "public", "learn", "learned", "learnt", "know", "known",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var start = tokens.FindIndex(t => t.Start >= candidate.Start);
        var end = tokens.FindIndex(t => t.Start >= candidate.End);
        if (start < 0 || SayingOf(tokens, start, end < 0 ? tokens.Count : end) is not var (from, to))
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        var verb = Enumerable.Range(from, to - from).First(i => IsSaying(tokens[i]));
        if (AsksSaying(question) && !(SayerNamed(question) && SaidByAnother(question, passage, verb)))
        {
            return 1.0;
        }
        if (question.Terms.Any(t => t.IsIn(stems[verb])))
        {
            // "When did they issue the warning?" of "warned on Tuesday": the saying is the deed asked.
            return 1.0;
        }

        // The question's deed must be told elsewhere in the sentence: a date of saying is all a sentence of saying alone has.
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        var outside = Enumerable.Range(0, tokens.Count).Where(i => (i < from || i >= to) && asked.Any(t => t.IsIn(stems[i]))).ToList();
        if (outside.Count == 0)
        {
            return 1.0;
        }

        // "as he hosted his guest": a past verb in a clause with no other tense word is past by itself.
        var done = outside.Any(i => ClauseTense.IsPastForm(tokens[i].Text) && ClauseTense.Of(tokens, i) is var tense
            && (tense == Tense.Past || (tense == Tense.Unknown && ClauseTense.IsPastVerb(tokens, i))));
        var otherDate = passage.Of(Language.Reading.AnnotationKind.Date).Any(d => (d.Start < tokens[from].Start || d.Start >= tokens[to - 1].End) && !DateAfterWriting.IsStillToCome(question, passage, d));
        return done && !otherDate && !Trailing(tokens, verb) ? 1.0 : OfTheSaying;
    }

    /// <summary>
    /// ", American officials said on Tuesday.": an attribution after what it reports, closing the sentence. The news it
    /// dates was often told later than it was done, which the report leaves to the article ("flew there over the
    /// weekend, officials said on Tuesday"); a report that opens with its date ("said on Tuesday that it had tested")
    /// announces news of that day. A phrase after the attribution's own comma (", officials said on Tuesday, in the
    /// first such case this year") leaves it closing what it reports.
    /// </summary>
    private static bool Trailing(List<Token> tokens, int verb)
    {
        for (var i = verb + 1; i < tokens.Count && tokens[i].Text != ","; i++)
        {
            if (tokens[i].Text is "that" or ":" || tokens[i].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        for (var i = verb - 1; i >= 0 && i >= verb - 1 - SpeakerReach; i--)
        {
            if (tokens[i].Text == ",")
            {
                return i > 0;
            }
        }

        return false;
    }

    /// <summary>
    /// "When did Kim tell the country ...?" and "Kim has ordered the country ..., state media said on Friday": the saying
    /// asked is the person's own, and the sentence's saying has another speaker (its subject, or the name after an
    /// inverted "said"), while it names the person elsewhere as the doer reported. Its date is when the news came.
    /// </summary>
    private static bool SaidByAnother(QuestionReading question, Passage passage, int verb)
    {
        if (question.People.Count == 0)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var first = verb;
        while (first > 0 && tokens[first - 1].Text is not ("," or ";" or ":" or "that") && tokens[first - 1].Kind != TokenKind.Quote)
        {
            first--;
        }

        var last = verb + 1;
        if (first == verb)
        {
            // ", said the ministry's spokesman": the speaker follows its verb; "The North's leader, Kim Jong Un, told":
            // it is the apposition before the comma.
            while (last < tokens.Count && tokens[last].Text is not ("," or ";" or "." or ":"))
            {
                last++;
            }

            while (first > 1 && tokens[first - 2].Text is not ("," or ";" or ":" or "that") && tokens[first - 2].Kind != TokenKind.Quote)
            {
                first--;
            }

            first = Math.Max(0, first - 1);
        }

        var (spanFrom, spanTo) = (tokens[first].Start, tokens[last - 1].End);
        var keys = question.People.SelectMany(p => p.Candidates).Select(c => c.Key).ToHashSet();
        var people = passage.Of(Language.Reading.AnnotationKind.Person).Where(a => keys.Contains(Language.Reading.ArticlePerson.KeyOf(a.Value))).ToList();
        return people.Count > 0 && people.All(a => a.End <= spanFrom || a.Start >= spanTo);
    }

    /// <summary>
    /// "When did Kim tell the country ...?": the question names a person before its verb of saying, its sayer. A person
    /// named only after it ("when did the ministry announce that Kim had resigned?") is what was told, no sayer, so a
    /// report of that person by another speaker is the very saying asked.
    /// </summary>
    private static bool SayerNamed(QuestionReading question)
    {
        var words = Tokenizer.LowerWords(question.Text);
        var verb = words.FindIndex(w => SpeechVerbs.IsAttribution(w) || Disclosing.Contains(w));
        var before = words.Take(Math.Max(0, verb)).ToHashSet();
        return question.People.Any(p => Tokenizer.LowerWords(p.Words).Any(w => !CommonWords.IsFunctionWord(w) && before.Contains(w)));
    }

    /// <summary>"When did the port announce ...?", "when was it revealed ...?": the saying is what is asked.</summary>
    public static bool AsksSaying(QuestionReading question) =>
        question.LowerWords.Any(w => SpeechVerbs.IsAttribution(w) || Disclosing.Contains(w));

    /// <summary>
    /// The tokens [from, to) of the verb of saying and its date, when the date at [start, end) is the saying's: after the
    /// verb in its own phrase ("said on Friday", "told reporters in Geneva on Friday") or right before it ("on Friday
    /// said"); null when the date is not a saying's.
    /// </summary>
    private static (int From, int To)? SayingOf(List<Token> tokens, int start, int end)
    {
        if (end < tokens.Count && IsSaying(tokens[end]))
        {
            return (start, end + 1);
        }

        if (AnchoredSaying(tokens, end) is { } anchored)
        {
            return (start, anchored + 1);
        }

        for (var i = start - 1; i >= 0 && i >= start - 1 - Reach - SpeakerReach; i--)
        {
            if (IsSaying(tokens[i]) && (i >= start - 1 - Reach || IsAgentOf(tokens, i)))
            {
                return (i, end);
            }

            if (!tokens[i].IsWord || tokens[i].Text is "that" or "and" or "but" or "to")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "The visit, announced by the state news agency on Monday, ...": a passive verb of saying followed by its agent,
    /// whose phrase may be longer than <see cref="Reach"/> before the date that still belongs to the saying.
    /// </summary>
    private static bool IsAgentOf(List<Token> tokens, int verb) =>
        verb + 1 < tokens.Count && tokens[verb + 1].Text == "by" && tokens[verb].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "three days after the ministry said it would ...": a date counted from a clause ("after", "before") whose verb,
    /// past its short subject, is a saying is the day of that saying. The index of the verb, or null.
    /// </summary>
    private static int? AnchoredSaying(List<Token> tokens, int end)
    {
        if (end < 1 || tokens[end - 1].Text is not ("after" or "before"))
        {
            return null;
        }

        for (var i = end; i < tokens.Count && i < end + SpeakerReach; i++)
        {
            if (IsSaying(tokens[i]))
            {
                return i;
            }

            if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Possessive)
            {
                return null;
            }
        }

        return null;
    }

    public static bool IsSaying(Token token) => SpeechVerbs.IsSpeechVerb(token.Text) && !Deeds.Contains(token.Text);
}
