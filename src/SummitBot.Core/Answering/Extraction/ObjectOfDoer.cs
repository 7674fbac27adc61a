using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who did Toivonen defeat?" asks the one after "defeat" whose doer is Toivonen. A sentence that tells several such
/// doings ("Lahtinen defeated Rask in the first round, Toivonen defeated Sorsa in the second") names a doer right before
/// each verb: the one asked is the object of the verb the question's own doer stands before, and neither another
/// doer's object nor a doer itself is. Where no doer the question names stands before the verb, the object of a verb
/// another named person stands before is still that person's, not the asked doer's.
/// </summary>
internal static class ObjectOfDoer
{
    /// <summary>How much of its fit an answer keeps that is not the object of the asked doer's verb.</summary>
    public const double Weight = 0.2;

    /// <summary>What may stand between a doer and its verb: "Arvola, which had beaten ...", "Sorsa will face ...".</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "which", "who", "had", "has", "have", "will", "would", "did", "could", "can", "then", "also", "later",
    };

    /// <summary>Where the object of the asked doer's verb starts (a character offset), or -1 when the passage has none.</summary>
    public static int ObjectStart(QuestionReading question, Passage passage)
    {
        foreach (var (_, objectStart, asked) in Doings(question, passage))
        {
            if (asked)
            {
                return objectStart;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is not the one asked: the passage has the asked doer's verb and the
    /// name is not its object, or the name stands right before the verb as a doer, or after another named doer's verb.
    /// </summary>
    public static bool NotTheObject(QuestionReading question, Passage passage, int start)
    {
        if (!question.AsksWhom)
        {
            return false;
        }

        var doings = Doings(question, passage).ToList();
        if (doings.Any(d => d.Asked))
        {
            return !doings.Any(d => d.Asked && StartsAt(passage, d.ObjectStart, start));
        }

        return doings.Any(d => d.DoerStart == start || StartsAt(passage, d.ObjectStart, start));
    }

    /// <summary>
    /// Whether the object starting at <paramref name="objectStart"/> is the name at <paramref name="start"/>: the name
    /// itself, or the name after its own title ("defeated Champion Ilse Berg", "met Governor Anna Vik"). A name that
    /// owns what follows ("met Governor Vik's deputy") is not the object, the one it owns is.
    /// </summary>
    private static bool StartsAt(Passage passage, int objectStart, int start)
    {
        if (objectStart == start)
        {
            return true;
        }

        var person = passage.Of(AnnotationKind.Person).FirstOrDefault(p => p.Start == start && !p.IsReference);
        if (person.End == 0 || objectStart > start || OwnsNext(passage.Text, person.End))
        {
            return false;
        }

        var key = ArticlePerson.KeyOf(person.Value);
        return passage.Of(AnnotationKind.Title).Any(t => t.Value == key && t.Start == objectStart && t.End <= start)
            && passage.Text[objectStart..start].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));
    }

    /// <summary>Whether the name ending at <paramref name="end"/> is followed by "'s".</summary>
    private static bool OwnsNext(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>
    /// Each asked verb of the passage with a name right before it (its doer) and the word its object starts with, and
    /// whether the doer is the one the question names as its own doer.
    /// </summary>
    private static IEnumerable<(int DoerStart, int ObjectStart, bool Asked)> Doings(QuestionReading question, Passage passage)
    {
        if (!question.AsksWhom || AskedDoing(question) is not var (doerWords, verb))
        {
            yield break;
        }

        var names = Names(passage);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || tokens[i].IsCapitalized || !(Array.IndexOf(stems[i], verb.Stem) >= 0 || verb.Forms.Any(stems[i].Contains)))
            {
                continue;
            }

            var before = i - 1;
            while (before > 0 && Between.Contains(tokens[before].Text))
            {
                before--;
            }

            var doer = names.FirstOrDefault(n => n.End == tokens[before].End);
            if (doer.End > 0 && AgentOfAside(tokens, names, doer) is { } subject)
            {
                // "Croatia, coached by Marko Lovric, beat Serbia": the name after "by" in an aside did the aside's deed;
                // the verb's doer is the name the aside is set off from.
                doer = subject;
            }

            if (doer.End == 0 && IsParticipleClause(tokens, i))
            {
                // "South Korea, coached by Yoon, finished third after beating China": a participle after "after" or
                // "before" has the sentence's subject for its doer, the name that opens the sentence.
                doer = names.FirstOrDefault(n => n.Start == tokens[0].Start);
            }

            var after = i + 1;
            while (after < tokens.Count && tokens[after].IsWord && question.Terms.Any(t => t.IsIn(stems[after])))
            {
                after++;
            }

            if (doer.End == 0 || after >= tokens.Count || !tokens[after].IsWord)
            {
                continue;
            }

            // The object's start, named or not: "Toivonen defeated a qualifier" still says whom Toivonen defeated.
            var named = Language.Tokenizer.LowerWords(doer.Kind == AnnotationKind.Person ? doer.Value : doer.TextIn(passage.Text));
            yield return (doer.Start, tokens[after].Start, doerWords.Any(named.Contains));
        }
    }

    /// <summary>The name before ", [participle] by X," when <paramref name="agent"/> is that X; null otherwise.</summary>
    private static Annotation? AgentOfAside(List<Language.Token> tokens, List<Annotation> names, Annotation agent)
    {
        var at = tokens.FindIndex(t => t.Start == agent.Start);
        if (at < 3 || !tokens[at - 1].Is("by"))
        {
            return null;
        }

        var comma = at - 2;
        while (comma > 0 && at - comma <= 3 && tokens[comma].Text != ",")
        {
            comma--;
        }

        if (comma <= 0 || tokens[comma].Text != ",")
        {
            return null;
        }

        var before = names.FirstOrDefault(n => n.End == tokens[comma - 1].End);
        return before.End == 0 ? null : before;
    }

    /// <summary>Subordinators after which an "-ing" verb opens a clause whose doer is the main clause's subject.</summary>
    private static readonly HashSet<string> ParticipleOpeners = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "while", "since", "upon", "by" };

    private static bool IsParticipleClause(List<Language.Token> tokens, int verb) =>
        verb > 0 && tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && ParticipleOpeners.Contains(tokens[verb - 1].Text);

    /// <summary>
    /// "Who did Kasumi Sato beat?": the words of the doer the question names right after its auxiliary, and the verb
    /// right after them; null when the question says it otherwise ("who did Thae take to the Eric Clapton concert?",
    /// whose verb is no word to match, or "who will lead the talks?", which names no doer).
    /// </summary>
    private static (List<string> Doer, QuestionTerm Verb)? AskedDoing(QuestionReading question)
    {
        var words = Language.Tokenizer.LowerWords(question.Text).ToList();
        var relations = Language.Relations.WordRelations.Default;
        // A name term may be of several words ("south korea"): each of its words is part of the doer.
        var names = question.Terms.Where(t => t.Role == TermRole.Name).SelectMany(t => Language.Tokenizer.LowerWords(t.Word)).ToHashSet();
        var k = 2;
        while (k < words.Count && names.Contains(words[k]))
        {
            k++;
        }

        if (k == 2 || k >= words.Count)
        {
            return null;
        }

        var verb = question.Terms.FirstOrDefault(t => t.Role == TermRole.Content && t.Word.Equals(words[k], StringComparison.OrdinalIgnoreCase) && relations.IsVerb(words[k]));
        return verb is null ? null : (words[2..k], verb);
    }

    /// <summary>The people and countries of the passage by name (a pronoun or a role is no doer told apart).</summary>
    private static List<Annotation> Names(Passage passage) =>
        [.. passage.Of(AnnotationKind.Person).Where(p => !p.IsReference),
            .. passage.Of(AnnotationKind.Place).Where(p => p.IsCountryName)];
}
