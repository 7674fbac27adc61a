using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who is the keeper of the lighthouse at Skarvik?" is not answered by "Ola Dahl, keeper of the Skarvik Marine Museum,
/// said visitors could see the lighthouse": the office says what it is of (after "of", "at" or "for"), and that thing
/// shares none of the words the question says its thing with. The question's thing told elsewhere in the sentence is
/// another one than the office's; the person holds the role asked of something else.
/// </summary>
internal static class OtherThingOfOffice
{
    /// <summary>How much of its fit an office keeps that is held of another thing than the one asked.</summary>
    public const double Weight = 0.1;

    /// <summary>
    /// Whether the office names its own thing after "of", "at" or "for" whose words hold none of the common words
    /// (not role words, not names) that the question's role says its thing with.
    /// </summary>
    public static bool Is(QuestionReading question, Passage passage, string office)
    {
        var asked = question.Terms
            .Where(t => t.Role == TermRole.Content && question.AskedRole.Contains(t.Stem) && !RoleWords.IsRoleWord(t.Word.ToLowerInvariant()))
            .ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var tokens = Language.Tokenizer.Tokenize(office);
        var at = tokens.FindIndex(t => t.IsWord && t.Text.ToLowerInvariant() is "of" or "at" or "for");
        if (at < 1 || !RoleWords.IsRoleWord(tokens[at - 1].Text.ToLowerInvariant()))
        {
            return false;
        }

        // A name the question gives the thing shares it too ("for Korean Peninsula affairs" asked as "Korean
        // Peninsula peace"), though names alone never make the thing asked: "Seoul's mayor" may be "the city's".
        var named = question.Terms.Where(t => t.Role == TermRole.Name && question.AskedRole.Contains(t.Stem));
        var thing = tokens.Skip(at + 1).Where(t => t.IsWord && !CommonWords.IsFunctionWord(t.Text.ToLowerInvariant())).SelectMany(t => passage.Analyze(t.Text)).ToList();
        return thing.Count > 0 && !asked.Concat(named).Any(t => thing.Contains(t.Stem) || t.IsIn(thing));
    }
}
