using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did the diver find under the pier?" of "the diver found an old anchor under the pier, half buried in mud": the
/// question's verb is followed at once by a phrase of place, so the thing asked is the verb's object, which the sentence
/// sets between the verb and that same phrase ("an old anchor"). What follows the phrase ("half buried in mud") tells
/// more of the place or the thing; it is not the thing.
/// </summary>
internal static class ObjectBeforePlace
{
    /// <summary>Prepositions that open a phrase of place or time after a verb; "for", "to", "with" often belong to the verb itself ("call for", "agree to").</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "inside", "on", "aboard", "at", "under", "beneath", "underneath", "near", "within", "behind",
    };

    /// <summary>Auxiliaries that put a "what" question's subject before its verb ("what did the team ...").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "do", "does", "will", "would", "could", "can" };

    /// <summary>The most words the object may have ("dozens of small stone tools").</summary>
    private const int Longest = 7;

    /// <summary>How many words after the preposition the phrase's last word may stand ("in the old town's harbour").</summary>
    private const int Reach = 5;

    /// <summary>The question's verb, the preposition right after it and the phrase's last word, when the question reads "what did S V P ... W?".</summary>
    public static (string Verb, string Preposition, string Last)? Asked(QuestionReading question)
    {
        if (question.Type != AnswerType.What || question.StrandedPreposition is not null)
        {
            return null;
        }

        var words = Tokenizer.LowerWords(question.Text);
        if (words.Count < 6 || words[0] != "what" || !Auxiliaries.Contains(words[1]))
        {
            return null;
        }

        var relations = Language.Relations.WordRelations.Default;
        for (var k = 4; k + 1 < words.Count; k++)
        {
            if (PlacePrepositions.Contains(words[k]) && relations.IsVerb(words[k - 1]) && !Language.Words.CommonWords.IsFunctionWord(words[k - 1]))
            {
                // The phrase must run to the question's end: "what did they find in the hold before leaving?" asks more.
                var rest = words.Skip(k + 1).ToList();
                return rest.Count is > 0 and <= Reach && rest.Skip(1).All(w => !relations.IsVerb(w) || relations.IsNounForm(w)) ? (words[k - 1], words[k], words[^1]) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence's word at <paramref name="at"/> closes the question's phrase of place, read after its
    /// preposition: what follows it is not what the question asks.
    /// </summary>
    public static bool ClosesAskedPlace(QuestionReading question, Passage passage, int at) =>
        Asked(question) is { } asked && PrepositionBefore(passage.Analysis.Tokens, at, asked.Preposition) is not null
        && passage.Analysis.TokenStems[at].Intersect(passage.Analyze(asked.Last)).Any();

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        if (Asked(question) is not { } asked)
        {
            yield break;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var last = passage.Analyze(asked.Last);
        var verbForms = VerbStems(asked.Verb, passage);
        for (var at = 0; at < tokens.Count; at++)
        {
            if (!tokens[at].IsWord || !stems[at].Intersect(last).Any() || PrepositionBefore(tokens, at, asked.Preposition) is not { } p)
            {
                continue;
            }

            // The verb, then the object: words and numbers only, no comma, up to the preposition.
            var verb = p - 1;
            while (verb >= 0 && p - verb - 1 <= Longest && (tokens[verb].IsWord || tokens[verb].Kind == TokenKind.Number) && !stems[verb].Intersect(verbForms).Any())
            {
                verb--;
            }

            if (verb < 0 || p - verb - 1 is < 1 or > Longest || !tokens[verb].IsWord || !stems[verb].Intersect(verbForms).Any())
            {
                continue;
            }

            var objectWords = Enumerable.Range(verb + 1, p - verb - 1).ToList();
            if (objectWords.All(k => Language.Words.CommonWords.IsFunctionWord(tokens[k].Text.ToLowerInvariant())) || Language.Words.CommonWords.IsPreposition(tokens[verb + 1].Text))
            {
                continue;
            }

            var start = tokens[verb + 1].Start;
            var stop = tokens[p - 1].End;
            yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 0.9) { Note = $"what '{tokens[verb].Text}' takes before '{tokens[p].Text} ...'" };
        }
    }

    /// <summary>The analyzed forms of the question's verb, its irregular past among them ("find", "found").</summary>
    private static HashSet<string> VerbStems(string verb, Passage passage) =>
        [.. Language.Relations.WordRelations.Default.IrregularFormsOf(verb).Prepend(verb).SelectMany(passage.Analyze)];

    /// <summary>The index of <paramref name="preposition"/> within reach before the word at <paramref name="at"/>, with only words between; or null.</summary>
    private static int? PrepositionBefore(List<Token> tokens, int at, string preposition)
    {
        for (var k = at - 1; k >= 0 && at - k <= Reach; k--)
        {
            if (tokens[k].Is(preposition))
            {
                return k;
            }

            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Possessive)
            {
                return null;
            }
        }

        return null;
    }
}
