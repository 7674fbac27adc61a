using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The Tern, a ferry of the island line, ran aground on Friday off Danish shores. Its skipper, Ola Berg, said ...": an
/// office said of "its" or "their" is of the thing the sentence before opened with, here the Tern. A question that gives
/// the role's owner by a name ("the Danish trawler's skipper", "Denmark's skipper") asks of another thing's office when
/// that name is not the one the sentence before opened with, however many of the question's words that sentence has
/// elsewhere ("off Danish shores"). Only a sentence that plainly opens with a name standing alone (set off by a comma
/// or followed by a small word like "had" or "said") tells whose the office is; "South Korea's presidential office
/// said" opens with an office of South Korea, and then nothing is decided.
/// </summary>
internal static class ItsOwner
{
    /// <summary>How much of its fit an office said of "its" keeps when the question's owner is another name.</summary>
    public const double Weight = 0.1;

    /// <summary>Whether the office opens with "its" or "their" and the name the sentence before opened with is none of the question's names of the role.</summary>
    public static bool IsOther(QuestionReading question, Passage passage, string office)
    {
        if (office.Split(' ', 2)[0].ToLowerInvariant() is not ("its" or "their"))
        {
            return false;
        }

        // The question's names of the owner: its names, and its capitalized words ("Danish" read as a plain word).
        var named = question.Terms.Where(t => (t.Role == TermRole.Name || (t.Word.Length > 0 && char.IsUpper(t.Word[0]))) && question.AskedRole.Contains(t.Stem)).ToList();
        if (named.Count == 0 || OpeningName(passage.TextBefore) is not { } owner)
        {
            return false;
        }

        var stems = passage.Analyze(owner).ToList();
        return stems.Count > 0 && !named.Any(t => stems.Contains(t.Stem) || t.IsIn(stems));
    }

    /// <summary>
    /// The name a sentence opens with as its subject ("The Tern, a ferry ..., ran aground" gives "Tern"), after a
    /// dateline ("BERGEN, Norway — ") and an article; null when it opens otherwise.
    /// </summary>
    internal static string? OpeningName(string? sentence)
    {
        if (sentence is null)
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(sentence);
        var i = tokens.FindIndex(0, Math.Min(tokens.Count, 8), t => t.Text is "\u2014" or "\u2013" or "--") + 1;
        if (i < tokens.Count && tokens[i].IsWord && tokens[i].Text.ToLowerInvariant() is "the" or "a" or "an")
        {
            i++;
        }

        var start = i;
        while (i < tokens.Count && tokens[i].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i].Text))
        {
            i++;
        }

        // The name stands alone as the subject only when a comma or a small word ends it: "The Tern had", "The Tern,";
        // "The Danish ferry" and "South Korea's office" name something else.
        var ends = i < tokens.Count && (tokens[i].Text == "," || (tokens[i].IsWord && CommonWords.IsFunctionWord(tokens[i].Text)) || SpeechVerbs.IsSpeechVerb(tokens[i].Text));
        return i > start && ends ? sentence[tokens[start].Start..tokens[i - 1].End] : null;
    }
}
