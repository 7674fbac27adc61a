using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who runs the mountain hut?" and "The climbers thanked Norway, which runs the mountain hut on the ridge": the asked
/// verb opens a relative clause (", which runs", ", who met"), whose subject is the name right before the comma, its
/// antecedent. That name did the asked deed; the other people of the sentence (the one "he" stands for, the one who
/// told of it) did not. "which" is said of a thing (a country, a body), "who" of a person.
/// </summary>
internal static class RelativeDoer
{
    /// <summary>How well a country or organisation fits that the asked verb's relative clause is said of: a doer, though no person.</summary>
    public const double Fit = 0.9;

    /// <summary>How much of its fit a person keeps in a sentence whose asked verb is said of another, the clause's antecedent.</summary>
    public const double NotTheDoer = 0.3;

    /// <summary>
    /// What may stand between the relative pronoun and the asked verb: an auxiliary or an adverb ("which has long run").
    /// No form of "be": "which was seized by the navy" is passive, and its antecedent is what the deed was done to.
    /// </summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "will", "would", "also", "now", "still", "long", "then", "later", "already",
    };

    /// <summary>How many words may stand between the relative pronoun and the asked verb.</summary>
    private const int Reach = 2;

    /// <summary>
    /// The antecedent of the relative clause the asked verb opens: a person (after "who"), an organisation or a country
    /// (not a demonym; after "which") whose name ends right before ", which" or ", who", and stands in no apposition. Null when the verb stands anywhere else in
    /// the sentence too (the sentence may tell the deed of another), the name there is none of these, or the question
    /// names it (then it asks another of the deed's people).
    /// </summary>
    public static Annotation? Of(QuestionReading question, Passage passage)
    {
        var verbs = AskedDeeds.Of(question);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        Annotation? found = null;
        foreach (var verb in verbs)
        {
            // Each asked word found opening such a clause, and nowhere else ("interests" after the verb is its object).
            var at = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord && !tokens[i].IsCapitalized && verb.IsIn(stems[i])).ToList();
            var antecedents = at.Select(i => Antecedent(passage, tokens, i)).ToList();
            if (antecedents.Count == 0 || antecedents.All(a => a is null))
            {
                continue;
            }

            if (antecedents.Any(a => a is null) || antecedents.Concat([found]).Where(a => a is not null).Select(a => a!.Value.Start).Distinct().Count() > 1)
            {
                return null;
            }

            found = antecedents[0];
        }

        // "Tor Vik, who sat beside Odd Nygaard", asked who sat beside Tor Vik: the question names the doer and asks
        // another of the deed's people.
        return found is { } doer && (doer.Kind == AnnotationKind.Person ? Spans.IsAsked(doer.Value, question, passage) : Spans.RepeatsQuestion(doer.TextIn(passage.Text), question, passage.Analyze))
            ? null
            : found;
    }

    private static Annotation? Antecedent(Passage passage, List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k > 0 && verb - 1 - k < Reach && tokens[k].IsWord && (Between.Contains(tokens[k].Text) || (!tokens[k].IsCapitalized && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))))
        {
            k--;
        }

        if (k < 2 || tokens[k].Text.ToLowerInvariant() is not ("which" or "who") || tokens[k - 1].Text != ",")
        {
            return null;
        }

        // "who" is said of a person, "which" of a country or a body.
        var who = tokens[k].Text.Equals("who", StringComparison.OrdinalIgnoreCase);
        var end = tokens[k - 2].End;
        foreach (var annotation in passage.Annotations)
        {
            if (annotation.End != end)
            {
                continue;
            }

            // "Suh Hoon, the director of the National Security Office, who read the letter": a name inside an
            // apposition is not what the clause is said of.
            if (passage.Of(AnnotationKind.Title).Any(t => t.Start <= annotation.Start && annotation.End <= t.End))
            {
                return null;
            }

            var fits = annotation.Kind switch
            {
                AnnotationKind.Person => who,
                AnnotationKind.Organization => !who,
                AnnotationKind.Place => !who && annotation.IsCountryName,
                _ => false,
            };
            if (fits)
            {
                return annotation;
            }
        }

        return null;
    }
}
