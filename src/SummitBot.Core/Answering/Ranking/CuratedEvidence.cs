using SummitBot.Answering.Questions;
using SummitBot.Knowledge;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Weighs a hand-written fact that the fact finder matched, on the same scale as answers from text: how much of the
/// question the fact's own words (its sentence, answer, cue words, speaker and the names of what it is about) cover.
/// A fact that covers the question wins; one that matched loosely gives way to a better answer from text.
/// </summary>
internal static class CuratedEvidence
{
    /// <summary>The confidence a fact that covers none of the question's words would have; covering all gives 1.</summary>
    private const double Base = 0.2;

    public const double Margin = 0.05;

    /// <summary>Every word of the fact's answer ("Hanoi", "Hanoi, Vietnam" but for the country) is one of the question's names.</summary>
    private static bool NamedByQuestion(QuestionReading question, string answer, AnsweringModel model)
    {
        var first = answer.Split(',')[0];
        var stems = model.Snapshot.Analyzer.Terms(first);
        return stems.Count > 0 && stems.All(s => question.Terms.Any(t => t.Role == TermRole.Name && t.Stem == s));
    }

    public static Evidence Weigh(QuestionReading question, Fact fact, AnsweringModel model)
    {
        if (!Fits(question.Type, fact.Asks, fact.Answer))
        {
            return new Evidence { Curated = true, Veto = $"the fact gives a {fact.Asks.Token()}, not a {question.Type}", Confidence = 0 };
        }

        if (question.Type == AnswerType.YesNo && question.ClaimType == AnswerType.What)
        {
            // "Does Kim still want the summit to go ahead?": a fact matched on its topic and cue words says nothing
            // that could be checked as yes or no; the sources' own sentences can.
            return new Evidence { Curated = true, Veto = "a fact's topic does not say yes or no", Confidence = 0 };
        }

        if (question.Route is not null)
        {
            // "Where did Kim's journey start?": a fact gives where an event was held, never where a route began or ended.
            return new Evidence { Curated = true, Veto = "the fact says where something was, not where a route began or ended", Confidence = 0 };
        }

        if (FactOfOtherTime.Is(question, fact, model))
        {
            // "How many missiles ... this year?": a fact told of 2017 answers for 2017, not for the time asked.
            return new Evidence { Curated = true, Veto = "the fact is of another time than the one asked", Confidence = 0 };
        }

        if (question.Type == AnswerType.Place && NamedByQuestion(question, fact.Answer, model))
        {
            // "Where was the Hanoi meeting held?": a fact whose place is Hanoi says the question back; the venue is asked.
            return new Evidence { Curated = true, Veto = "the question already names the fact's place", Confidence = 0 };
        }

        if (question.Type == AnswerType.Person && NamesNoOne(fact.Answer))
        {
            // "Who is the spokesman of ...?" asks for a name: "a spokesperson at South Korea's presidential office" only
            // says the question back, and another source may name the person.
            return new Evidence { Curated = true, Veto = "the fact names no one", Confidence = 0 };
        }

        var factTerms = model.TermsOf(fact);
        double total = 0, found = 0;
        var missing = new List<string>();
        foreach (var term in question.Terms)
        {
            if (term == question.Claim)
            {
                continue;
            }

            // Names may be the fact's entity's; other words count fully in the fact's own sentence, answer or cue, less in
            // the names of what it is about ("meet" in "Trump-Kim meeting") or of the fact it gives the reason for.
            total += term.Weight;
            if (term.IsIn(factTerms.Own) || term.Role == TermRole.Name && term.IsIn(factTerms.All))
            {
                found += term.Weight;
            }
            else if (term.IsIn(factTerms.All) || Explained(fact, model).Any(f => term.IsIn(model.TermsOf(f).Own)))
            {
                found += term.Weight * 0.7;
            }
            else
            {
                missing.Add(term.Word);
                if (term.IsStrict)
                {
                    return new Evidence { Curated = true, Missing = missing, Veto = $"the fact lacks '{term.Word}'", Confidence = 0 };
                }
            }
        }

        var coverage = total == 0 ? 1 : found / total;
        var confidence = Base + ((1 - Base) * coverage);

        // A fact that has the names but not what the question says about them ("when did Kim set the deadline?" and a
        // fact about Kim's first summit) answers another question: it cannot win on the names alone.
        if (question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && missing.Contains(t.Word)))
        {
            confidence = Math.Min(confidence, RankingWeights.Threshold - Margin);
        }

        if (OnlyNames(question) && model.Knowledge.Entities.GetValueOrDefault(fact.About) is { IsEvent: true })
        {
            // "Whose statement was Trump talking about?" reads as its names alone ("statement", "talking" frame a quote
            // question): an event's fact that names the same people answers something else about that event.
            confidence = Math.Min(confidence, RankingWeights.Threshold - Margin);
        }

        return new Evidence { Curated = true, Coverage = coverage, TypeFit = 1, Missing = missing, Confidence = confidence };
    }

    /// <summary>A question whose only words are names: it says nothing of what about them is asked.</summary>
    private static bool OnlyNames(QuestionReading question) =>
        question.Terms.Count > 0 && question.Terms.All(t => t.Role == TermRole.Name);

    /// <summary>The facts this one gives the reason for ("why did Trump say ...?" is answered by the reason of what he said).</summary>
    private static IEnumerable<Fact> Explained(Fact fact, AnsweringModel model) =>
        model.Explaining(fact.Id);

    /// <summary>Whether a fact that answers <paramref name="asks"/> (place, date, ...) can answer a question of <paramref name="type"/>.</summary>
    internal static bool Fits(AnswerType type, FactKind asks, string answer) => type switch
    {
        AnswerType.Place => asks == FactKind.Place,
        AnswerType.Date => asks == FactKind.Date,

        // A fact's date is a day, never a time of day: "what time ...?" is answered from the text or declined.
        AnswerType.ClockTime => false,

        // A stretch of days ("February 27 and 28") says how long; one day or a year ("in 2017") does not: "how long did
        // the call last?" is not answered by a fact that Trump called Kim something in 2017.
        AnswerType.Duration => asks == FactKind.Number || (asks == FactKind.Date && IsStretch(answer)),
        AnswerType.Number or AnswerType.Amount => asks == FactKind.Number,
        AnswerType.Title => asks is FactKind.Title or FactKind.Person,
        AnswerType.Person => asks is FactKind.Person or FactKind.Title or FactKind.Quote,
        AnswerType.Reason => asks == FactKind.Reason,

        // No kind of fact holds an organisation of a kind asked: "which news agency ...?" is answered from the text.
        AnswerType.Organization => false,

        // Nor a person's age: it is answered from the text or declined.
        AnswerType.Age => false,
        _ => true,
    };

    /// <summary>An answer that opens with "a"/"an" describes someone without naming them.</summary>
    private static bool NamesNoOne(string answer) =>
        answer.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || answer.StartsWith("an ", StringComparison.OrdinalIgnoreCase);

    private static bool IsStretch(string answer)
    {
        var words = Language.Tokenizer.Tokenize(answer).Select(t => t.Text.ToLowerInvariant()).ToList();
        return words.Where((w, i) => w is "and" or "to" or "through" or "until" or "from" or "-" or "\u2013"
            || (w is "week" or "weeks" or "days" && !(i > 0 && IsPointer(words[i - 1])))).Any();
    }

    /// <summary>"last week", "next week", "this week": a week that says when, not how long.</summary>
    private static bool IsPointer(string word) => word is "last" or "next" or "this" or "that" or "same" or "previous" or "following";
}
