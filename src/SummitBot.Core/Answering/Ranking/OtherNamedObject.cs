using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When does the club play Leeds?" and "The club plays Derby on Tuesday and then meets Leeds and Hull at home": one
/// subject with two predicates joined by "and" (or "but", "; then") each with a verb of its own. The date stands in the
/// predicate whose object is another name of the same kind as the one asked (Derby, not Leeds), while the name asked
/// stands only in the other predicate, which gives no date: the date is of the other name's game, not the one asked.
/// Asked when or where; only when the date's predicate has such a rival name that no question word matches (not a
/// demonym: "the Chinese capital" describes; nor a pronoun, which refers back), and the name asked stands in a predicate after the first (whose opening
/// is the subject all the predicates share).
/// </summary>
internal static class OtherNamedObject
{
    /// <summary>How much of its fit an answer keeps whose predicate is about another name of the asked name's kind.</summary>
    public const double Weight = 0.3;

    /// <summary>Adverbs that may stand between "and" and the next predicate's verb ("and then faces ...").</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase) { "then", "later", "also", "afterwards", "next", "again" };

    private static readonly AnnotationKind[] NameKinds = [AnnotationKind.Place, AnnotationKind.Organization, AnnotationKind.Person];

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0)
        {
            return 1.0;
        }

        var (from, to) = PredicateAround(tokens, at);
        if (from == 0 && to == tokens.Count)
        {
            return 1.0;
        }

        bool AnyTerm(int i) => question.Terms.Any(t => t.IsIn(stems[i]));
        bool Inside(Annotation a) => a.Start >= tokens[from].Start && a.End <= tokens[to - 1].End;
        bool Matched(Annotation a) => Enumerable.Range(0, tokens.Count).Any(i => tokens[i].Start >= a.Start && tokens[i].End <= a.End && AnyTerm(i));

        var firstBreak = FirstBreak(tokens);
        foreach (var term in question.Terms.Where(t => t.Role == TermRole.Name))
        {
            // The name asked must stand only in another predicate than the first, whose opening names the subject
            // ("Lund, ..., came out and drove to the embassy, where he read ...": Lund did both).
            // An acronym asked ("UN") is not the same letters inside a name ("Kim Jong Un").
            var acronym = term.Word.Length > 1 && term.Word.All(char.IsUpper);
            var places = Enumerable.Range(0, tokens.Count).Where(i => term.IsIn(stems[i]) && (!acronym || tokens[i].Text.All(c => !char.IsLower(c)))).ToList();
            if (places.Count == 0 || places.Any(i => (i >= from && i < to) || i < firstBreak))
            {
                continue;
            }

            foreach (var kind in NameKinds)
            {
                var names = passage.Of(kind);
                var asked = names.Any(a => places.Any(i => tokens[i].Start >= a.Start && tokens[i].End <= a.End));
                if (asked && names.Any(a => !a.IsReference && Inside(a) && !Overlaps(a, candidate) && !Matched(a) && !IsDemonym(a.TextIn(passage.Text))))
                {
                    return Weight;
                }
            }
        }

        return 1.0;
    }

    /// <summary>"the Chinese capital", "a South Korean official": a demonym describes a noun; it is no rival name.</summary>
    private static bool IsDemonym(string text) => CountriesNamed.ByNameOrDemonym(text).Count > 0 && CountriesNamed.In(text, anyCase: false).Count == 0;

    /// <summary>Where the sentence's second predicate opens, or its end when it has one predicate.</summary>
    private static int FirstBreak(List<Language.Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (OpensPredicate(tokens, i))
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static bool Overlaps(Annotation a, AnswerCandidate candidate) => a.Start < candidate.End && candidate.Start < a.End;

    /// <summary>
    /// The tokens [from, to) of the predicate around <paramref name="at"/>: cut where "and", "but" or ";" is followed
    /// (past "then", "later" ...) by a lower-case verb, which opens a predicate of its own.
    /// </summary>
    private static (int From, int To) PredicateAround(List<Language.Token> tokens, int at)
    {
        var from = 0;
        var to = tokens.Count;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!OpensPredicate(tokens, i))
            {
                continue;
            }

            if (i <= at)
            {
                from = i;
            }
            else
            {
                to = Math.Min(to, i);
            }
        }

        return (from, to);
    }

    /// <summary>Whether a joining word at <paramref name="i"/> opens a predicate: "and then faces", "but lost".</summary>
    private static bool OpensPredicate(List<Language.Token> tokens, int i)
    {
        if (!(tokens[i].Text == ";" || tokens[i].Text.ToLowerInvariant() is "and" or "but"))
        {
            return false;
        }

        var next = i + 1;
        while (next < tokens.Count && Linking.Contains(tokens[next].Text))
        {
            next++;
        }

        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return false;
        }

        var word = tokens[next].Text;
        return word.Length > 2 && char.IsLower(word[0]) && !CommonWords.IsFunctionWord(word) && !CommonWords.IsPreposition(word)
            && WordRelations.Default.IsVerb(word) && (word.EndsWith('s') || WordRelations.Default.IsPastForm(word) || !WordRelations.Default.IsNounForm(word));
    }
}
