using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering;

/// <summary>
/// "Did the skipper wave to the crowd at the quay?" and "The skipper stepped off at the quay. She looked tired and did
/// not wave to the crowd.": the person the question names before its verb is the doer, and a sentence that negates that
/// verb, with the same word after it, its doer that person (named before the negation, or a "he"/"she" opening the
/// sentence right after one of the same paragraph that names them), denies the very deed asked. The question's other
/// words the sentence lacks (the place) must stand in that sentence before it, so the denial is of the deed asked
/// there. The counterpart of <see cref="NamedDenial"/>, which reads the person asked as the verb's object.
/// </summary>
internal static class DoerDenial
{
    /// <summary>How many tokens after the verb the question's word after it may stand ("speak to the waiting reporters").</summary>
    private const int ObjectReach = 4;

    public static bool Denies(QuestionReading question, Passage passage) => Told(question, passage) == DeedTelling.Denied;

    public static bool Affirms(QuestionReading question, Passage passage) => Told(question, passage) == DeedTelling.Done;

    private static DeedTelling Told(QuestionReading question, Passage passage)
    {
        if (Asked(question) is not ({ } verb, { } person, { } after) || !OthersBefore(question, passage, verb))
        {
            return DeedTelling.Neither;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var verbStems = passage.Analyze(verb);
        var name = person.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var told = DeedTelling.Neither;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!stems[i].Any(verbStems.Contains) || !Follows(stems, i, after) || !DoneBy(passage, tokens, i, name))
            {
                continue;
            }

            told = VerbNegation.Add(told, VerbNegation.Before(tokens, i));
        }

        return told;
    }

    /// <summary>
    /// The word right after the person the question names (its verb: the question's one verb, or a verb of speaking to an
    /// audience that the reading keeps as no word a passage must have), that person, and the question's first word after
    /// the verb (its object or place).
    /// </summary>
    private static (string? Verb, NamedPerson? Person, QuestionTerm? After) Asked(QuestionReading question)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        foreach (var person in question.People.Where(p => !p.ByRole))
        {
            var name = person.Words.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = EndOf(words, name);
            if (end < 0 || end >= words.Count || !IsTheVerb(question, words[end]))
            {
                continue;
            }

            var next = words.Skip(end + 1).Select(w => question.Terms.FirstOrDefault(t => t.Word.Equals(w, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(t => t is not null);
            return (words[end], person, next);
        }

        return (null, null, null);
    }

    /// <summary>The index right after the name's words in the question's words, or -1.</summary>
    private static int EndOf(List<string> words, string[] name)
    {
        for (var i = 0; i + name.Length <= words.Count; i++)
        {
            if (name.Select((w, k) => words[i + k] == w).All(same => same))
            {
                return i + name.Length;
            }
        }

        return -1;
    }

    /// <summary>Whether the word is the question's one verb, or, with no verb among its terms, a verb it reads as no term.</summary>
    private static bool IsTheVerb(QuestionReading question, string word)
    {
        var verbs = question.VerbTerms();
        return verbs.Count == 1 ? verbs[0].Word.Equals(word, StringComparison.OrdinalIgnoreCase)
            : verbs.Count == 0 && !question.Terms.Any(t => t.Word.Equals(word, StringComparison.OrdinalIgnoreCase))
                && Language.Relations.WordRelations.Default.IsVerb(word);
    }

    /// <summary>Whether the question's word after its verb stands a few tokens after the sentence's verb.</summary>
    private static bool Follows(IReadOnlyList<string[]> stems, int verb, QuestionTerm after)
    {
        for (var k = verb + 1; k < stems.Count && k <= verb + ObjectReach; k++)
        {
            if (after.IsIn(stems[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the person does the verb: named before it in the sentence, or a "he"/"she" opening a sentence that follows one naming them.</summary>
    private static bool DoneBy(Passage passage, List<Language.Token> tokens, int verb, string[] name)
    {
        var last = name[^1];
        if (tokens.Take(verb).Any(t => t.Text.Equals(last, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return tokens[0].Text.ToLowerInvariant() is "he" or "she" && passage.Hit.Sentence > 0
            && passage.Analyze(last).All(passage.Before.Contains)
            && !tokens.Take(verb).Skip(1).Any(t => t.Text.Length > 1 && char.IsUpper(t.Text[0]));
    }

    /// <summary>Every word of the question the sentence lacks, but the verb, stands in the sentence before it, of the same paragraph.</summary>
    private static bool OthersBefore(QuestionReading question, Passage passage, string verb) =>
        question.Terms.Where(t => !t.Word.Equals(verb, StringComparison.OrdinalIgnoreCase) && !t.IsIn(passage.Words))
            .All(t => passage.Hit.Sentence > 0 && t.IsIn((IReadOnlyCollection<string>)passage.Before));
}
