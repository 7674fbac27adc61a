using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Crowds filled the squares across southern Ruritania on Sunday after the rebels blew up the dam": asked where the
/// dam was blown up, the place of the main clause is where the crowds gathered, not where the deed of the clause of
/// time ("after ...", "when ...") was done. A place before such an opener, with no comma between (so the place is of
/// the clause the opener follows, not a phrase set in front of the whole sentence), in a sentence whose question's
/// words (names too) are all told after the opener and none before it, is of another doing.
/// </summary>
internal static class PlaceBeforeDeedsClause
{
    /// <summary>How much of its fit a place keeps that is of the main clause while the deed asked is the time clause's.</summary>
    private const double OtherClause = 0.5;

    /// <summary>Words that open a clause of time or cause: what follows is a deed of its own.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "after", "when", "before", "while", "once", "until", "as", "because" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        // A question with a clause of time of its own ("where was he when ...") asks the main clause's place.
        if (question.Type != AnswerType.Place || question.TimeClauses.Count > 0 || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.End);
        if (at < 0)
        {
            return 1.0;
        }

        var opener = -1;
        for (var k = at; k < tokens.Count && tokens[k].Text is not ("," or ";" or ":" or "."); k++)
        {
            if (Openers.Contains(tokens[k].Text.ToLowerInvariant()))
            {
                opener = k;
                break;
            }
        }

        if (opener < 0)
        {
            return 1.0;
        }

        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name).ToList();
        var stems = passage.Analysis.TokenStems;
        bool Told(int from, int to) => Enumerable.Range(from, to - from).Any(k => tokens[k].IsWord && asked.Any(t => t.IsIn(stems[k])));
        return asked.Count > 0 && !Told(0, opener) && Told(opener, tokens.Count) ? OtherClause : 1.0;
    }
}
