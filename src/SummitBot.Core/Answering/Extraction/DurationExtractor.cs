using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>Lengths of time read from the sentence: "about 50 minutes", "more than 60 hours", "a two-day summit".</summary>
internal sealed class DurationExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Duration;

    /// <summary>How much of its fit a length keeps told in another unit of time than the one asked.</summary>
    private const double OtherUnit = 0.5;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var unit = question.TimeUnitAsked;
        foreach (var duration in passage.Of(AnnotationKind.Duration))
        {
            var words = duration.TextIn(passage.Text);

            // "How far behind did they finish?": only a length told as a gap ("0.5 seconds behind") answers a margin.
            if (question.AsksMargin && !MarginTold.Of(passage, duration))
            {
                continue;
            }

            if (!Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                var until = !question.AsksTimeUntil && Until(passage.Text, duration.Start, duration.End);

                // "Within how many months ...?" asks for the length in months: "two years" may be another length told
                // in other words, or a length of something else.
                var otherUnit = unit is not null && !words.Contains(unit, StringComparison.OrdinalIgnoreCase);
                var fit = (until ? 0.15 : 1.0) * (otherUnit ? OtherUnit : 1.0)
                    * (MeasuresOtherThing(question, passage, duration.End) || ModifiesOtherNoun(question, passage, duration) ? OtherThing : 1.0)
                    * (OfOtherDoing(question, passage, duration.Start) || LengthOfOtherDoing.InWhatWasSaid(question, passage, duration.Start, duration.End) ? OtherDoing : 1.0)
                    * (!question.AsksTimeSince && GapSince(passage.Text, duration.Start) ? Gap : 1.0)
                    * (!question.AsksTimeUntil && !question.AsksTimeSince && PlacesApart(passage.Text, duration) ? Gap : 1.0);
                yield return new AnswerCandidate(passage, Type, AdjectiveLength.Said(words), duration.Start, duration.End, fit) { Note = $"duration {duration.Value} {duration.Detail}" + (until ? " (time until, not how long)" : string.Empty) };
            }
        }

        if (!question.AsksMargin && !question.AsksTimeUntil && !question.AsksTimeSince && question.TimeUnitAsked is null)
        {
            // "could take months or even years": how long, told without a number (none is asked for).
            foreach (var (start, end) in VagueLength.In(passage))
            {
                yield return new AnswerCandidate(passage, Type, passage.Text[start..end], start, end, VagueLength.Fit) { Note = "a length with no number" };
            }
        }

        if (question.AsksMargin)
        {
            // "finished two metres clear", "three kilometres behind the front": a distance told as a gap answers a margin too.
            foreach (var length in passage.Of(AnnotationKind.Quantity).Where(q => AmountExtractor.IsLength(q) && MarginTold.Of(passage, q)))
            {
                yield return new AnswerCandidate(passage, AnswerType.Amount, length.TextIn(passage.Text), length.Start, length.End, 1.0) { Note = $"margin {length.Value} ({length.Detail})" };
            }

            yield break;
        }

        if (question.AsksLength)
        {
            // "How long is China's border?": "a border of about 1,400 kilometres" says how long it is.
            foreach (var length in passage.Of(AnnotationKind.Quantity).Where(AmountExtractor.IsLength))
            {
                var fit = AmountExtractor.DimensionFit(Language.Words.Dimension.Length, length, passage);
                yield return new AnswerCandidate(passage, AnswerType.Amount, length.TextIn(passage.Text), length.Start, length.End, fit) { Note = $"length {length.Value} ({length.Detail})" };
            }
        }

        if (question.AsksTimeSince || question.LowerWords.Contains("ago"))
        {
            // "since the last ferry sailed in 1990, 30 years ago": a date told as the time back to it is read as a date,
            // yet it says how long ago it was, which "how many years had passed since ...?" asks.
            foreach (var ago in passage.Of(AnnotationKind.Date).Where(d => TimeAgo(d.TextIn(passage.Text))))
            {
                yield return new AnswerCandidate(passage, Type, ago.TextIn(passage.Text), ago.Start, ago.End, 1.0) { Note = "time ago" };
            }
        }

        // "from February 27 to 28": a stretch of days says how long, less directly.
        foreach (var date in passage.Of(AnnotationKind.Date).Where(d => d.Value.EndsWith("/Days", StringComparison.Ordinal)))
        {
            yield return new AnswerCandidate(passage, Type, date.TextIn(passage.Text), date.Start, date.End, 0.5) { Note = "a stretch of days" };
        }
    }

    /// <summary>"32 years ago", "three days ago": a number, a unit of time and "ago".</summary>
    private static bool TimeAgo(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[2].Equals("ago", StringComparison.OrdinalIgnoreCase) && Language.Quantities.NumberWords.Value(parts[0]) is not null
            && Language.Time.Calendar.IsTimeUnit(parts[1]);
    }

    /// <summary>How much of its fit a length keeps that measures a thing the question does not ask of.</summary>
    private const double OtherThing = 0.5;

    /// <summary>How much of its fit a length keeps that measures another doing than the one asked (see <see cref="LengthOfOtherDoing"/>).</summary>
    private const double OtherDoing = 0.3;

    private static bool OfOtherDoing(QuestionReading question, Passage passage, int start)
    {
        var at = passage.Analysis.Tokens.FindIndex(t => t.Start >= start);
        return at > 0 && (LengthOfOtherDoing.OfAnotherVerb(question, passage, at) || LengthOfOtherDoing.StayAfterGoing(question, passage, at)
            || LengthOfOtherDoing.OfAnotherDoer(question, passage, at));
    }

    /// <summary>
    /// "showed about 20 minutes of footage of the visit": a length of time followed by "of" and a noun measures that
    /// thing (the footage), not how long anything asked lasted; "three days of talks" still says how long talks lasted.
    /// </summary>
    private static bool MeasuresOtherThing(QuestionReading question, Passage passage, int end)
    {
        var after = Language.Tokenizer.LowerWords(passage.Text[end..]);
        if (after.Count < 2 || after[0] != "of")
        {
            return false;
        }

        // An event's length ("three days of talks") is how long the event lasted, whatever the question calls it.
        var noun = after[1] is "the" or "a" or "an" && after.Count > 2 ? after[2] : after[1];
        var stems = passage.Analyze(noun);
        return stems.Count > 0 && !Language.Words.EventWords.IsEventNoun(noun) && !question.Terms.Any(t => t.IsIn(stems));
    }

    /// <summary>
    /// "was arrested as he tried to leave at the end of a five-day tour": a length written as one word before a noun
    /// ("five-day", "two-week") is how long that noun's thing lasts. It answers a question that names the thing or asks
    /// of an event ("how long was the tour?", "how long did the summit last?"), not one about someone's own doing or
    /// state ("how long was the student held?").
    /// </summary>
    private static bool ModifiesOtherNoun(QuestionReading question, Passage passage, Annotation duration)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= duration.End);
        if (!duration.TextIn(passage.Text).Contains('-', StringComparison.Ordinal) || next < 0 || !tokens[next].IsWord
            || question.Terms.Any(t => t.Role == TermRole.Event))
        {
            return false;
        }

        // The noun phrase after the length, up to a function word or a break: "New Year tour" (a name's "New" is part of it), "summit".
        var stems = passage.Analysis.TokenStems;
        var noun = Enumerable.Range(next, tokens.Count - next)
            .TakeWhile(i => tokens[i].IsWord && !Language.Words.CommonWords.IsPreposition(tokens[i].Text.ToLowerInvariant())
                && (tokens[i].IsCapitalized || !Language.Words.CommonWords.IsFunctionWord(tokens[i].Text)))
            .ToList();
        return noun.Count > 0 && !noun.Any(i => question.Terms.Any(t => t.IsIn(stems[i])));
    }

    /// <summary>
    /// "left the harbour some two hours after the storm warning", "arrived three days before the vote": a length read
    /// with "after" or "before" (detail "hour|after", see <see cref="Language.Quantities.QuantityReader"/>) is the time
    /// between two events, not how long either lasted. It answers "how long after ...?" (<see cref="QuestionReading.AsksTimeUntil"/>).
    /// After "in" or "for" the length is still the doing's own: "won in two hours after a fall", "stayed for a week before the vote".
    /// </summary>
    private static bool PlacesApart(string text, Annotation duration)
    {
        if (!duration.Detail.EndsWith("|after", StringComparison.Ordinal) && !duration.Detail.EndsWith("|before", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..duration.Start].TrimEnd().ToLowerInvariant();
        return !before.EndsWith(" in", StringComparison.Ordinal) && !before.EndsWith(" for", StringComparison.Ordinal);
    }

    /// <summary>How much of its fit a length keeps that is the time since the last such thing, asked how long one lasted.</summary>
    private const double Gap = 0.3;

    /// <summary>
    /// "the first such concert in the capital in more than a decade", "its biggest harvest in 20 years": a length after
    /// "in" in a clause that tells a first, a last or a most is the time since the previous one, not how long this one
    /// lasted. It answers "how long had it been since ...?" (<see cref="QuestionReading.AsksTimeSince"/>).
    /// </summary>
    internal static bool GapSince(string text, int start)
    {
        var before = text[..start].TrimEnd().ToLowerInvariant();
        if (!before.EndsWith(" in", StringComparison.Ordinal))
        {
            return false;
        }

        var clause = before[(before.LastIndexOfAny([',', ';']) + 1)..];
        // "the most senior defection ... in almost two decades": "the most" makes a superlative of its own.
        var words = Language.Tokenizer.LowerWords(clause);
        return words.Any(w => w is "first" or "last" or "only" || IsSuperlative(w))
            || words.Zip(words.Skip(1)).Any(p => p.First == "the" && p.Second is "most" or "least");
    }

    /// <summary>"biggest", "longest": a word in "-est" that is neither a noun nor a verb ("interest", "protest" are).</summary>
    private static bool IsSuperlative(string lower) =>
        lower.Length >= 6 && lower.EndsWith("est", StringComparison.Ordinal)
        && !Language.Relations.WordRelations.Default.IsNoun(lower) && !Language.Relations.WordRelations.Default.IsVerb(lower);

    /// <summary>
    /// "return to Stockholm in two weeks", "in the next three weeks", "two weeks ago": the time until (or
    /// since) something happens, not how long it lasted. Kept, less sure, for "how long until ..." (<see cref="QuestionReading.AsksTimeUntil"/>).
    /// </summary>
    internal static bool Until(string text, int start, int end)
    {
        var before = text[..start].TrimEnd().ToLowerInvariant();
        var after = text[end..].TrimStart().ToLowerInvariant();
        var within = before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" in the next", StringComparison.Ordinal);

        // "finished in two hours" is how long it took; "to return in two weeks" is when. "Within 30 days" is left
        // alone: a deadline's period ("must respond within 30 days") is how long someone has.
        return (within && SaysWhatIsToCome(before)) || after.StartsWith("ago", StringComparison.Ordinal);
    }

    /// <summary>A plan or a future in the clause before: "agreed to return to Stockholm in", "will resume in".</summary>
    private static bool SaysWhatIsToCome(string before)
    {
        var all = Language.Tokenizer.LowerWords(before);

        // "the first Chinese leader to make the trip to Pyongyang in 14 years": the gap since it last happened.
        if (all.Any(w => w is "first" or "last" or "time" or "since"))
        {
            return false;
        }

        // Within the duration's clause (after the last comma), where its verb is.
        var clause = before[(before.LastIndexOfAny([',', ';']) + 1)..];
        return Language.Tokenizer.LowerWords(clause).Any(w => w is "to" or "will" or "would" or "shall" or "'ll" or "next" or "plans" or "planned" or "expected" or "agreed");
    }
}
