using SummitBot.Answering.Retrieval;
using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The Fisheries Agency closed the bay ... according to the agency's spokesman, Ola Berg" and "The joint crew was
/// chosen last week. ... the crew's Irish skipper, Tom Byrne": an office owned by "the [noun]'s" is of the body the
/// sentence (or the one right before it) named earlier with that noun, so that body's words ("Fisheries", "joint") are
/// the office's too, as a title that spells them out would have them. The sentence before may end the paragraph
/// before: a paragraph that opens on "the board's chair" speaks of the board the last one closed on. An office of
/// "its" is of the name the sentence before opened with ("The Tern ran aground. Its skipper, ...").
/// </summary>
internal static class OwnerNamedBefore
{
    /// <summary>How many words before the earlier noun may say which body it is ("the newly formed joint crew").</summary>
    private const int QualifierReach = 3;

    /// <summary>The words (analysed) of the earlier naming of the title's owner, or none.</summary>
    public static IReadOnlyList<string> Words(Passage passage, Language.Reading.Annotation title)
    {
        // The sentence's own tokens, up to the title's end, stand for the sentence read that far.
        var tokens = passage.Analysis.Tokens;
        if (OwnedByIts(passage, title) is { } its)
        {
            return passage.Analyze(its);
        }

        var upToTitle = tokens.FindIndex(t => t.Start >= title.End) is >= 0 and var stop ? stop : tokens.Count;
        var owner = OwnerNoun(tokens, upToTitle, title.Start);
        if (owner < 0)
        {
            return [];
        }

        var noun = tokens[owner].Text;
        var named = Named(tokens, owner - 1, passage.Text, noun)
            ?? (passage.TextBefore is { } before ? Named(Tokenizer.Tokenize(before), int.MaxValue, before, noun) : null);
        return named is null ? [] : passage.Analyze(named);
    }

    /// <summary>
    /// "The Tern, a ferry of the island line, ran aground. Its skipper, Ola Berg, ...": a title that opens with "its" or
    /// "their" is of the name the sentence before opened with (ItsOwner.OpeningName), or null.
    /// </summary>
    private static string? OwnedByIts(Passage passage, Language.Reading.Annotation title)
    {
        var first = passage.Text[title.Start..title.End].Split(' ', 2)[0].ToLowerInvariant();
        return first is "its" or "their" ? ItsOwner.OpeningName(passage.TextBefore) : null;
    }

    /// <summary>
    /// Whether a word of the asked role ("5", "High" of "the headmistress of the No. 5 High School") is told by the
    /// earlier naming of a title's owner ("pupils of the No. 5 High School ... the school's headmistress"): the
    /// sentence has it as the office's own, as a title that spelt it out would.
    /// </summary>
    public static bool Tells(Questions.QuestionReading question, Questions.QuestionTerm term, Passage passage) =>
        question.AskedRole.Contains(term.Stem) && passage.Of(Language.Reading.AnnotationKind.Title).Any(t => Words(passage, t).Contains(term.Stem));

    /// <summary>
    /// The index of the noun of "the [noun]'s" that opens the title or stands right before it, among the first
    /// <paramref name="count"/> tokens (the sentence up to the title's end), or -1.
    /// </summary>
    private static int OwnerNoun(List<Token> tokens, int count, int titleStart)
    {
        for (var i = 1; i + 1 < count; i++)
        {
            // Only the owner right before the title or at its opening: "the agency's spokesman" and not the owner of a
            // noun further back in the sentence.
            var near = tokens[i + 1].End <= titleStart ? i + 2 == count || tokens[i + 2].Start >= titleStart : tokens[i - 1].Start >= titleStart;
            if (near && tokens[i - 1].Is("the") && tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i + 1].Kind == TokenKind.Possessive)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last naming of <paramref name="noun"/> among the first <paramref name="count"/> tokens of <paramref name="text"/>
    /// with words before it that say which one it is ("the unified team", "The Fisheries Agency"): those words and the
    /// noun, or null when the noun stands bare.
    /// </summary>
    private static string? Named(List<Token> tokens, int count, string text, string noun)
    {
        for (var i = Math.Min(count, tokens.Count) - 1; i > 0; i--)
        {
            if (!tokens[i].IsWord || !tokens[i].Text.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var first = i;
            // "the No. 5 High School": a number of the name says which one as much as a word does.
            while (first > 0 && i - first < QualifierReach && (tokens[first - 1].IsWord || tokens[first - 1].Kind == TokenKind.Number)
                && !(tokens[first - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that"))
            {
                first--;
            }

            return first < i ? text[tokens[first].Start..tokens[i].End] : null;
        }

        return null;
    }
}
