using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Was anyone hurt?", "did somebody lose an oar?": an indefinite pronoun that does the verb after it stands for
/// whoever the answer is, so no passage need say it. Before anything but a verb ("was anybody inside the hall?") it is
/// the matter asked, and kept: without it the question would be only the hall, which many sentences say "yes" to.
/// </summary>
internal static class IndefinitePronoun
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "anyone", "anybody", "someone", "somebody" };

    /// <summary>Whether the word at <paramref name="i"/> is an indefinite pronoun right before a verb it does.</summary>
    public static bool Frames(List<Token> tokens, int i)
    {
        if (!Pronouns.Contains(tokens[i].Text.ToLowerInvariant()) || i + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[i + 1].Text.ToLowerInvariant();
        return !CommonWords.IsPreposition(next) && Language.Relations.WordRelations.Default.IsVerb(next);
    }
}
