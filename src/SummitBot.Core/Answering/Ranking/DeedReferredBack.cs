using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The council voted to close the pier. The mayor said it took the step because ...": a noun that names a deed only by
/// its being done ("the step", "the move", "the decision") stands for the deed the sentence before told, so the words
/// of that deed are the sentence's by reference, and the reason given for the noun is the reason for that deed. Read for
/// why-questions only, where the reason clause hangs on the noun; a noun that names its deed itself ("the step of
/// closing", "the decision to close") is told in its own sentence.
/// </summary>
internal static class DeedReferredBack
{
    /// <summary>Nouns that say only that something was done or asked, never what: its content is told elsewhere.</summary>
    private static readonly HashSet<string> DeedNouns = new(StringComparer.OrdinalIgnoreCase) { "step", "move", "measure", "decision", "action", "request" };

    /// <summary>Determiners that point back at something already told.</summary>
    private static readonly HashSet<string> Pointers = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that" };

    /// <summary>Words after the noun that go on to say its deed in the same sentence.</summary>
    private static readonly HashSet<string> Specifiers = new(StringComparer.OrdinalIgnoreCase) { "of", "to", "that", "on", "against", "for", "by" };

    /// <summary>The index of the token naming the deed told before, or -1.</summary>
    public static int At(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (DeedNouns.Contains(tokens[i].Text) && Pointers.Contains(tokens[i - 1].Text)
                && (i + 1 >= tokens.Count || !Specifiers.Contains(tokens[i + 1].Text)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a why-question's word the sentence lacks is a word of the deed the sentence before told, that a noun of the sentence refers back to.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type == AnswerType.Reason && term.Role is TermRole.Content or TermRole.Name
        && !term.IsIn(passage.Words) && (passage.Before.Contains(term.Stem) || term.Forms.Any(passage.Before.Contains)) && At(passage) >= 0;
}
