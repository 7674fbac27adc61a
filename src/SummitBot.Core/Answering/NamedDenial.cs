using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering;

/// <summary>
/// "Did the skipper meet Sofia Varga?" and "... but he did not meet Sofia Varga, his host on earlier visits": a negation
/// right before the question's own verb, with the person the question puts after that verb right after it, denies the
/// very deed asked. That sentence answers "No" even when another sentence of the article, with the same words but no
/// such deed ("before any meeting with ..."), scores as well and leaves the plain reading unsettled. Never when a
/// sentence as good tells that deed done to that person without a negation.
/// </summary>
internal static class NamedDenial
{
    /// <summary>Whether the passage says the question's verb, negated, with the person asked after it as its object.</summary>
    public static bool Denies(QuestionReading question, Passage passage) => Told(question, passage) == DeedTelling.Denied;

    /// <summary>Whether the passage says the question's verb done to the person asked, with no negation before it.</summary>
    public static bool Affirms(QuestionReading question, Passage passage) => Told(question, passage) == DeedTelling.Done;

    private static DeedTelling Told(QuestionReading question, Passage passage)
    {
        if (Asked(question) is not ({ } verb, { } person))
        {
            return DeedTelling.Neither;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var name = person.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var told = DeedTelling.Neither;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!stems[i].Contains(verb.Stem) || !ObjectIs(tokens, i, name))
            {
                continue;
            }

            told = VerbNegation.Add(told, VerbNegation.Before(tokens, i));
        }

        return told;
    }

    /// <summary>
    /// The question's verb and the person named after it ("meet" and "sofia varga" of "did the skipper meet sofia varga"),
    /// when the question has one verb and a person after it.
    /// </summary>
    private static (QuestionTerm? Verb, NamedPerson? Person) Asked(QuestionReading question)
    {
        var verbs = question.VerbTerms();
        if (verbs.Count != 1)
        {
            return (null, null);
        }

        var words = Language.Tokenizer.LowerWords(question.Text);
        var at = words.FindIndex(w => w.Equals(verbs[0].Word, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return (null, null);
        }

        var after = string.Join(' ', words.Skip(at + 1));
        var person = question.People.FirstOrDefault(p => !p.ByRole && after.Contains(p.Words, StringComparison.OrdinalIgnoreCase));
        return (verbs[0], person);
    }

    /// <summary>Whether the person named stands right after the verb, or after "with" or "to" ("met with Sofia Varga").</summary>
    private static bool ObjectIs(List<Language.Token> tokens, int verb, string[] name) =>
        NamedAt(tokens, verb + 1, name)
        || verb + 1 < tokens.Count && tokens[verb + 1].Text.ToLowerInvariant() is "with" or "to" && NamedAt(tokens, verb + 2, name);

    private static bool NamedAt(List<Language.Token> tokens, int at, string[] name)
    {
        if (at + name.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < name.Length; k++)
        {
            if (!tokens[at + k].Text.Equals(name[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
