using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What song ended the concert?" and 'ended with the orchestra performing "We Are One,"': a question asking which work
/// (a song, a film, an opera) is answered by a short title in quotation marks that opens with a capital; the sentence
/// need not say "song" again, the title is the song.
/// </summary>
internal static class QuotedWork
{
    /// <summary>How many tokens a quoted title may have; a longer quotation is somebody's words.</summary>
    private const int LongestTitle = 8;

    /// <summary>How well a quoted title fits a question asking which work.</summary>
    private const double Fit = 0.9;

    /// <summary>Whether the question asks which work: "what/which" and a noun of a work.</summary>
    public static bool Asked(QuestionReading question) =>
        question.Type == AnswerType.What && question.Category is { } category
        && question.Terms.Any(t => t.Stem == category && WorkTitles.IsWorkNoun(t.Word));

    /// <summary>The work asked is told by a quoted title the sentence has: the question's noun of a work is there.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        term.Stem == question.Category && Asked(question) && Titles(passage).Any();

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        if (!Asked(question))
        {
            yield break;
        }

        foreach (var (start, end) in Titles(passage))
        {
            yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..end].TrimEnd(',', '.'), start, end, Fit) { Note = "a quoted title" };
        }
    }

    /// <summary>
    /// "We Are One", "Letter From a Private": every word longer than three letters capitalized, as titles are written and
    /// quoted words seldom are; no stop inside ("We will win." is somebody's words).
    /// </summary>
    private static bool TitleCase(List<Token> tokens, int from, int to) =>
        Enumerable.Range(from, to - from).All(k => tokens[k].Text is not ("." or "!" or "?") && (!tokens[k].IsWord || tokens[k].Text.Length <= 3 || tokens[k].IsCapitalized));

    /// <summary>Where each short quoted span that opens with a capital starts and ends in the sentence.</summary>
    private static IEnumerable<(int Start, int End)> Titles(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        for (var open = 0; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Kind != TokenKind.Quote || !tokens[open + 1].IsCapitalized)
            {
                continue;
            }

            var close = open + 1;
            while (close < tokens.Count && close - open <= LongestTitle + 1 && tokens[close].Kind != TokenKind.Quote)
            {
                close++;
            }

            if (close < tokens.Count && tokens[close].Kind == TokenKind.Quote && close - open - 1 is >= 1 and <= LongestTitle && TitleCase(tokens, open + 1, close))
            {
                yield return (tokens[open + 1].Start, tokens[close - 1].End);
                open = close;
            }
        }
    }
}
