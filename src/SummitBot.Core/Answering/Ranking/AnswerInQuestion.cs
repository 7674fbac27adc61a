using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Which Chinese company will finish the academy?" and "would be finished by a Chinese company": an answer made only
/// of the question's own words tells the asker nothing they did not say, and here it hides that the article never
/// names the company. Such an answer is no answer. Only for the kinds that name someone or something: a place may
/// rightly be the question's own ("Where is the Hanoi summit?" is "Hanoi"), and a count or a time says a number.
/// </summary>
internal static class AnswerInQuestion
{
    /// <summary>What an answer of the question's words keeps of its fit: nothing.</summary>
    private const double Restated = 0.0;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.IsCurated || question.Type is not (AnswerType.Person or AnswerType.Organization or AnswerType.What or AnswerType.Title or AnswerType.Speaker))
        {
            return 1.0;
        }

        // "200 journalists" of "how many journalists ...?" says the number: only words, and all of them asked, restate.
        var tokens = Tokenizer.Tokenize(candidate.Answer);
        if (tokens.Any(t => t.Kind == TokenKind.Number))
        {
            return 1.0;
        }

        var words = tokens.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).Where(w => !CommonWords.IsFunctionWord(w)).ToList();
        return (words.Count > 0 && words.All(w => question.LowerWords.Contains(w) || question.LowerWords.Contains(w + "s") || w.EndsWith('s') && question.LowerWords.Contains(w[..^1])))
            || SpellsAskedAcronym(question, tokens)
            ? Restated
            : 1.0;
    }

    /// <summary>
    /// "Who went to the envoys at the WTO ...?" and the candidate "World Trade Organization": the name the question
    /// wrote as an acronym, spelt out, is the question's own body too, the place the deed was done at and not the doer.
    /// Whether the answer's capitalized words (joining words aside) spell, by their first letters, an acronym the
    /// question has in capitals, and nothing more.
    /// </summary>
    private static bool SpellsAskedAcronym(QuestionReading question, List<Token> answer)
    {
        var spelling = answer.Where(t => t.IsWord && !Initials.IsJoiner(t.Text)).ToList();
        if (spelling.Count < 2 || !spelling.All(t => t.IsCapitalized && !t.IsAcronym))
        {
            return false;
        }

        var initials = string.Concat(spelling.Select(t => char.ToUpperInvariant(t.Text[0])));
        return Tokenizer.Tokenize(question.Text).Any(t => t.IsWord && Initials.IsAcronym(t.Text) && t.Text == initials);
    }
}
