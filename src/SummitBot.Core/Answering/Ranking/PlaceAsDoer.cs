using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where was the trawler impounded?" and "Norway has impounded a Russian trawler ...": a country or city that is the
/// subject of the asked verb is who did the deed (its government, its officials), not where the deed was done. The
/// place where is told elsewhere ("held when it docked at Tromso"), or not at all.
/// </summary>
internal static partial class PlaceAsDoer
{
    /// <summary>How much of its fit a place keeps that is the doer of the asked deed.</summary>
    private const double Doer = 0.3;

    /// <summary>The auxiliaries that may stand between the subject and its verb ("has impounded", "had seized").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "has", "have", "had", "will", "would", "did", "also", "then", "later" };

    /// <summary>
    /// "Where was ...", "which port did ...": the place asked is not the subject. ("Which country chairs the panel?"
    /// asks the doer itself, and the country before the verb answers.)
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:where|(?:which|what)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|is|are|did|do|does|has|have|had|will|would|can|could))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotSubjectAsked();

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || candidate.Passage is not { } passage || !NotSubjectAsked().IsMatch(question.Text))
        {
            return 1.0;
        }

        var asked = AskedDeeds.Of(question);
        if (asked.Count == 0)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var end = candidate.End;
        var next = tokens.FindIndex(t => t.Start >= end);
        while (next >= 0 && next < tokens.Count && Auxiliaries.Contains(tokens[next].Text.ToLowerInvariant()))
        {
            next++;
        }

        // The asked verb right after the place, in the active voice ("has seized", not "was seized there").
        return next >= 0 && next < tokens.Count && tokens[next].IsWord && asked.Any(t => t.IsIn(passage.Analysis.TokenStems[next])) ? Doer : 1.0;
    }
}
