using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Why did the port turn the ferry away?" and "Most of the barges were turned away because their permits had lapsed":
/// the sentence's turning away is done to the barges, not the ferry, so its reason is for another event than the one
/// asked. When a thing the question names (a noun) is nowhere in the sentence and the asked verb there acts on a thing
/// of its own (the subject of a passive, "the barges were turned", or the object after an active verb), the reason
/// answers nothing asked.
/// </summary>
internal static class EventOfOtherThing
{
    /// <summary>The most tokens read for the thing the verb acts on.</summary>
    private const int Reach = 6;

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "be", "been", "being", "get", "got", "gets",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "them", "its", "their", "this", "these", "those", "that", "he", "she", "him", "her", "one", "ones",
    };

    /// <summary>Why a reason is for the asked verb done to another thing than the one asked, or null.</summary>
    public static string? Veto(QuestionReading question, AnswerCandidate candidate, IReadOnlyList<string> missing)
    {
        if (question.Type != AnswerType.Reason || candidate.Passage is not { } passage || AskedThingMissing(question, missing) is not { } thing)
        {
            return null;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsAskedVerb(question, tokens[i], stems[i]))
            {
                continue;
            }

            // A pronoun ("sent them back") may stand for the thing asked: only a thing named in words of its own is another.
            var acted = BeForms.Contains(tokens[i - 1].Text) ? SubjectBefore(tokens, i - 1) : ObjectAfter(tokens, i);
            var own = acted.Where(k => !CommonWords.IsFunctionWord(tokens[k].Text) && !question.Terms.Any(t => t.IsIn(stems[k]))).ToList();
            if (own.Count > 0 && !acted.Any(k => Pronouns.Contains(tokens[k].Text)))
            {
                return $"its '{tokens[i].Text}' is of '{tokens[own[^1]].Text}', not of '{thing}'";
            }
        }

        return null;
    }

    /// <summary>
    /// A form of the question's verb other than its own ("sent" for "send", "turned" for "turn"): the verb as the
    /// sentence tells it, irregular forms included.
    /// </summary>
    private static bool IsAskedVerb(QuestionReading question, Token token, string[] stems)
    {
        var relations = Language.Relations.WordRelations.Default;
        return token.IsWord && question.Terms.Any(t => t.Role == TermRole.Content && relations.IsVerb(t.Word.ToLowerInvariant())
            && !token.Text.Equals(t.Word, StringComparison.OrdinalIgnoreCase) && !token.Text.EndsWith('s')
            && (Array.IndexOf(stems, t.Stem) >= 0 || t.Forms.Any(f => Array.IndexOf(stems, f) >= 0)));
    }

    /// <summary>A noun of the question's own (not its verb) the sentence lacks: the thing the asked event is done to.</summary>
    private static string? AskedThingMissing(QuestionReading question, IReadOnlyList<string> missing)
    {
        var relations = Language.Relations.WordRelations.Default;
        return question.Terms.FirstOrDefault(t => t.Role == TermRole.Content && missing.Contains(t.Word) && relations.IsNoun(t.Word.ToLowerInvariant()))?.Word;
    }

    /// <summary>The words of the subject before a passive's "was"/"were", back to a clause break.</summary>
    private static List<int> SubjectBefore(List<Token> tokens, int be)
    {
        var words = new List<int>();
        for (var k = be - 1; k >= 0 && be - k <= Reach && tokens[k].IsWord && !EndsPhrase(tokens[k]); k--)
        {
            words.Add(k);
        }

        return words;
    }

    /// <summary>The words after an active verb up to a break or a preposition ("sent the barges back").</summary>
    private static List<int> ObjectAfter(List<Token> tokens, int verb)
    {
        var words = new List<int>();
        for (var k = verb + 1; k < tokens.Count && k - verb <= Reach && tokens[k].IsWord && !EndsPhrase(tokens[k]) && !CommonWords.IsPreposition(tokens[k].Text); k++)
        {
            words.Add(k);
        }

        return words;
    }

    private static bool EndsPhrase(Token token) =>
        token.Text.ToLowerInvariant() is "and" or "but" or "or" or "which" or "that" or "who" or "because" or "after" or "when" or "while" or "as";
}
