using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'Ola Berg, the ferry's owner, said the crossing would resume in May. "We have waited long enough," he said.': a news
/// report often gives someone's words twice, first told in its own words, then in the speaker's own, quoted in the next
/// sentence of the paragraph, which opens on the quote and gives it to the speaker right after it by a pronoun or a
/// word of the name. The quote is what the speaker said; the report before it leads into it and sets out what it is
/// about, so a question's words found in the report are the quote's too.
/// </summary>
internal static class OwnWordsAfterReport
{
    /// <summary>How many tokens after the closing quote mark the attribution may take ("Mr. Berg said", ", she said").</summary>
    private const int AttributionReach = 5;

    /// <summary>
    /// Whether <paramref name="text"/> opens on a quote, closes it once, and gives it to <paramref name="speaker"/> right
    /// after it: a verb of saying and "he", "she" or a word of the speaker's name.
    /// </summary>
    public static bool QuotesAfter(string text, string speaker)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count < 4 || tokens[0].Kind != TokenKind.Quote)
        {
            return false;
        }

        var close = tokens.FindIndex(1, t => t.Kind == TokenKind.Quote);
        if (close < 0 || tokens.Skip(close + 1).Any(t => t.Kind == TokenKind.Quote))
        {
            return false;
        }

        var names = speaker.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var after = tokens.Skip(close + 1).SkipWhile(t => t.Text == ",").Take(AttributionReach).ToList();
        return after.Any(t => SpeechVerbs.IsSpeechVerb(t.Text))
            && after.Any(t => t.Text is "he" or "she" || (t.IsCapitalized && t.Text.Split('-').Any(names.Contains)));
    }

    /// <summary>
    /// "What did he say the government would do?", "What did Berg say Kim needs?": a verb of saying followed by a clause
    /// of its own (no preposition, no end) asks what the report says, not for the speaker's own words about a topic.
    /// </summary>
    public static bool AsksReportedClause(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        var verb = tokens.FindIndex(t => SpeechVerbs.IsSpeechVerb(t.Text));
        return verb >= 0 && verb + 1 < tokens.Count && tokens[verb + 1].IsWord && !CommonWords.IsPreposition(tokens[verb + 1].Text.ToLowerInvariant());
    }

    /// <summary>Whether <paramref name="text"/> names <paramref name="speaker"/> in full (every word of the name) and has a verb of saying.</summary>
    public static bool ReportsWordsOf(string text, string speaker)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Where(t => t.IsWord).SelectMany(t => t.Text.Split('-')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return speaker.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(words.Contains) && tokens.Any(t => SpeechVerbs.IsSpeechVerb(t.Text));
    }
}
