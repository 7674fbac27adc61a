using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Reasons: a reason clause of the sentence ("because ...", "so that ...", "in order to ...", "as ...", "after ...",
/// "in return for ...", "as a reward for ..."),
/// the clause before ", so" (<see cref="SoClause"/>),
/// the evidence for a belief asked about ("..., suggesting ...": <see cref="EvidenceClause"/>),
/// or, less surely, what someone is reported to have said ("Trump said Kim had wanted all sanctions lifted").
/// </summary>
internal sealed class ReasonExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Reason;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var reason in passage.Of(AnnotationKind.Reason))
        {
            var fit = reason.Value switch
            {
                "because" or "because of" or "so that" or "in order to" or "in order for" or "due to" or "owing to" or "given that" or "for" => 1.0,
                _ when Language.Reading.ExchangeReason.Marks(reason.Value) => 1.0,
                "as" when TemporalAs(reason.TextIn(passage.Text)) => MeasuredTime,
                "as" or "since" or "partly for" or "largely for" or "mainly for" or "chiefly for" or "mostly for" or "precisely for" => 0.7,
                "after" when MeasuredAfter(passage.Text, reason.Start) => MeasuredTime,
                "after" when Thwarted(reason.TextIn(passage.Text)) => 0.7,
                "citing" when !CitedSource.Names(reason.TextIn(passage.Text)) => 0.7,
                _ => 0.55,
            };

            // "Why did the North fire a missile over Japan?" is not answered by "after the North fired a missile over
            // Japan": a clause that only says again what the question asks about gives no reason for it.
            var said = reason.TextIn(passage.Text);
            if (SaysQuestionAgain(said[Math.Min(said.Length, reason.Value.Length)..], question, passage))
            {
                continue;
            }

            yield return new AnswerCandidate(passage, Type, said, reason.Start, reason.End, fit) { Note = $"reason clause ({reason.Value})" };
        }

        foreach (var cause in SoClause.In(question, passage))
        {
            yield return cause;
        }

        foreach (var evidence in EvidenceClause.Find(question, passage))
        {
            yield return evidence;
        }

        foreach (var reported in passage.Of(AnnotationKind.Quote).Where(q => q.Detail == "reported" && q.Value.Length > 0))
        {
            if (TellsDeedOnly(question, passage, reported))
            {
                continue;
            }

            yield return new AnswerCandidate(passage, Type, reported.TextIn(passage.Text), reported.Start, reported.End, 0.45) { Note = $"what {reported.Value} said", Speaker = reported.Value };
        }
    }

    /// <summary>
    /// "Why did police arrest the broker?" and "The broker was arrested at his home on Saturday, police said": words
    /// reported that tell the deed asked itself (its verb among them) tell what happened, not why. Without a reason
    /// clause of their own inside them they give no cause, and a reason told elsewhere must not be outranked by them.
    /// </summary>
    private static bool TellsDeedOnly(QuestionReading question, Passage passage, Annotation reported)
    {
        if (passage.Of(AnnotationKind.Reason).Any(r => r.Start >= reported.Start && r.Start < reported.End))
        {
            return false;
        }

        var verbs = question.VerbTerms();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= reported.Start && tokens[i].End <= reported.End && verbs.Any(v => stems[i].Contains(v.Stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fit of an "after" clause that tells how long after: a time, hardly ever a reason.</summary>
    private const double MeasuredTime = 0.2;

    /// <summary>
    /// "a month after Kim first met Trump", "two days after ...", "shortly after ...": the word before "after" measures
    /// the time from the clause. The clause stays read (a "because" inside it explains the clause's own event, not the
    /// sentence's), but it gives no reason.
    /// </summary>
    private static bool MeasuredAfter(string text, int start)
    {
        var end = start;
        var word = Spans.PreviousWord(text, ref end).ToString().ToLowerInvariant();
        return word is "shortly" or "soon" or "just" or "right" or "immediately" or "long" or "moments" or "moment" || Language.Time.Calendar.IsTimeUnit(word);
    }

    /// <summary>How many words the subject of an "as" clause may take before its verb ("as the Danish skipper stepped").</summary>
    private const int SubjectReach = 4;

    /// <summary>
    /// "stopped as she stepped off the ferry", "met as he flew in from Oslo", "as they were leaving": "as", a subject
    /// and a verb of a passing moment of movement (<see cref="Language.Words.MomentVerbs"/>) tell when, not why.
    /// </summary>
    private static bool TemporalAs(string clause)
    {
        var words = clause.Split(' ', SubjectReach + 4);
        for (var i = 2; i < Math.Min(words.Length, SubjectReach + 3); i++)
        {
            var word = words[i].TrimEnd(',', '.', ';');
            if (Language.Words.MomentVerbs.IsMoment(word))
            {
                return true;
            }

            if (words[i].Length != word.Length)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs of a failure or refusal: "after" before them tells what caused the outcome more than when it came.</summary>
    private static readonly HashSet<string> Thwarting = new(StringComparer.OrdinalIgnoreCase)
    {
        "failed", "refused", "rejected", "declined", "balked", "insisted", "demanded", "walked",
    };

    /// <summary>"after the two sides failed to settle ...", "after Pyongyang refused to ...": the clause's verb, in its first words, thwarts.</summary>
    private static bool Thwarted(string clause)
    {
        var words = clause.Split(' ', 7);
        for (var i = 1; i < Math.Min(words.Length, 6); i++)
        {
            if (Thwarting.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of <paramref name="clause"/> other than small words ("the", "over") is one of the question's.</summary>
    private static bool SaysQuestionAgain(string clause, QuestionReading question, Passage passage)
    {
        var words = Language.Tokenizer.LowerWords(clause).Where(w => !Language.Words.CommonWords.IsFunctionWord(w)).ToList();
        return words.Count > 0 && words.All(w => passage.Analyze(w) is var stems && (stems.Count == 0 || stems.All(st => question.Terms.Any(t => t.Stem == st))));
    }
}
