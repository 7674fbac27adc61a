using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>What extractors share: whether a span only repeats the question, and whether it lies inside another annotation.</summary>
internal static class Spans
{
    /// <summary>True when every analyzed word of the span is one of the question's: "Where is Hanoi?" is not answered by "Hanoi".</summary>
    public static bool RepeatsQuestion(string span, QuestionReading question, Func<string, List<string>> analyze)
    {
        var stems = analyze(span);
        return stems.Count > 0 && stems.All(s => question.Terms.Any(t => t.Stem == s) || question.People.Any(p => p.Candidates.Any(c => analyze(c.Name).Contains(s))));
    }

    /// <summary>True when the span lies inside an annotation of <paramref name="kind"/> ("North Korea" inside a title).</summary>
    public static bool Inside(Passage passage, int start, int end, AnnotationKind kind) =>
        passage.Annotations.Any(a => a.Kind == kind && a.Start <= start && a.End >= end && (a.End - a.Start) > (end - start));

    /// <summary>True when a person the question names is the one <paramref name="name"/> means.</summary>
    public static bool IsAsked(string name, QuestionReading question) =>
        question.People.Any(p => Names(p, name));

    /// <summary>
    /// True when a person the question names is the one <paramref name="name"/> means in this passage. A shared name
    /// ("Kim") means whom the passage itself calls by it: in "Kim smoked while his sister, Kim Yo Jong, held the
    /// ashtray", the question's Kim is the leader the sentence calls Kim, and his sister can still answer.
    /// </summary>
    public static bool IsAsked(string name, QuestionReading question, Passage passage)
    {
        foreach (var named in question.People)
        {
            if (named.IsAmbiguous && !named.ByRole && (CalledBy(named.Words, passage) is { Count: > 0 } bare ? bare : OwnerOf(named, question, passage)) is { Count: > 0 } called)
            {
                if (called.Contains(name))
                {
                    return true;
                }
            }
            else if (Names(named, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The people the question names as this passage means them: a shared name ("Kim") is whom the passage calls by it
    /// or gives the thing the question says it owns; a name of one person is that person. In the order the question
    /// names them; a shared name the passage does not settle gives no one.
    /// </summary>
    public static IEnumerable<string> AskedIn(QuestionReading question, Passage passage)
    {
        foreach (var named in question.People)
        {
            if (!named.IsAmbiguous)
            {
                foreach (var candidate in named.Candidates)
                {
                    yield return candidate.Name;
                }
            }
            else if (!named.ByRole && (CalledBy(named.Words, passage) is { Count: > 0 } bare ? bare : OwnerOf(named, question, passage)) is { Count: 1 } called)
            {
                yield return called[0];
            }
        }
    }

    /// <summary>
    /// "Who held Lund's folder?" and "his sister, Karin Lund, stood behind him, holding his folder": the passage calls
    /// no one "Lund" alone, but the one whose folder it is ("his") is the Lund the question means, and his sister can
    /// still answer. The person the passage gives the thing the question says the shared name owns, when one of those the
    /// name may be; empty otherwise.
    /// </summary>
    private static List<string> OwnerOf(NamedPerson named, QuestionReading question, Passage passage)
    {
        if (!named.Qualifies || named.Owns is not { } owned)
        {
            return [];
        }

        var stems = passage.Analyze(owned);
        var tokens = passage.Analysis.Tokens;
        var owners = new List<string>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (stems.Count == 0 || !passage.Analysis.TokenStems[i].Contains(stems[0]))
            {
                continue;
            }

            // "his folder" (the pronoun read as the person), "Erik Lund's folder" (the name before the possessive).
            var by = tokens[i - 1].Kind == Language.TokenKind.Possessive && i > 1 ? tokens[i - 2] : tokens[i - 1];
            foreach (var person in passage.Of(AnnotationKind.Person))
            {
                if (person.Start <= by.Start && person.End >= by.End && named.Candidates.Any(c => SameKey(c.Key, person.Value)) && !owners.Contains(person.Value))
                {
                    owners.Add(person.Value);
                }
            }
        }

        return owners;
    }

    /// <summary>The people the passage calls by exactly these words ("Kim" alone, not "Kim Yo Jong").</summary>
    private static List<string> CalledBy(string words, Passage passage)
    {
        var called = new List<string>();
        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            if (person.TextIn(passage.Text).Equals(words, StringComparison.OrdinalIgnoreCase))
            {
                called.Add(person.Value);
            }
        }

        return called;
    }

    /// <summary>Whether one of the people <paramref name="named"/> may be is the one <paramref name="name"/> means.</summary>
    private static bool Names(NamedPerson named, string name) =>
        named.Candidates.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || SameKey(c.Key, name));

    private static bool SameKey(string key, string name) => key == ArticlePerson.KeyOf(name);

    /// <summary>The word that ends before <paramref name="end"/> (words split at spaces and commas), moving it to the word's start; empty at the text's start.</summary>
    internal static ReadOnlySpan<char> PreviousWord(string text, scoped ref int end)
    {
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        var from = end;
        while (from > 0 && text[from - 1] is not (' ' or ','))
        {
            from--;
        }

        var word = text.AsSpan(from, end - from);
        end = from;
        return word;
    }
}
