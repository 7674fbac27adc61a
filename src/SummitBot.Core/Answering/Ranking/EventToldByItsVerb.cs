using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Did the storm surge hit the harbour?" of "the sea flooded the harbour", "Did the floods hit the town?" of "the river
/// flooded the town": a question whose event noun befalls something by a verb that says only that (hit, struck,
/// affected: <see cref="StrikingVerbs"/>) is told by a sentence with the event noun's own verb ("flooded", "flooding"),
/// which says the event reached its object. The striking verb is matched as by a related word.
/// </summary>
internal static class EventToldByItsVerb
{
    /// <summary>The most question words between the event noun and its striking verb ("the floods also hit").</summary>
    private const int Reach = 2;

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Content || !StrikingVerbs.IsStriking(term.Word))
        {
            return false;
        }

        var terms = question.Terms.ToList();
        var at = terms.IndexOf(term);
        if (at < 1 || terms[at - 1] is not { Role: TermRole.Content or TermRole.Event } subject || !Before(question.Text, subject.Word, term.Word))
        {
            return false;
        }

        // The subject's stem said by a verb form in the sentence ("flooded", "flooding"), not its noun ("the floods").
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (Array.IndexOf(stems[i], subject.Stem) >= 0 && !string.Equals(word, subject.Word, StringComparison.OrdinalIgnoreCase)
                && (WordRelations.Default.IsPastForm(word) || (word.EndsWith("ing", StringComparison.Ordinal) && WordRelations.Default.IsVerb(word))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the question has <paramref name="noun"/> right before <paramref name="verb"/>, at most <see cref="Reach"/> words apart.</summary>
    private static bool Before(string question, string noun, string verb)
    {
        var words = Language.Tokenizer.LowerWords(question);
        var n = words.IndexOf(noun.ToLowerInvariant());
        var v = words.IndexOf(verb.ToLowerInvariant());
        return n >= 0 && v > n && v - n <= Reach;
    }
}
