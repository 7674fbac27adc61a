using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did Air Force One land?" and "Kim landed at Changi airport ..., while Trump's Air Force One touched down ...
/// at Paya Lebar Air Base": a sentence that tells two things has an answer for each, and the one asked about is the one
/// whose clause has the name the question gives (a thing or body, not a person or a place: those have their own rules).
/// An answer whose clause lacks that name, while another clause has it beside an answer of the same kind, tells the
/// other thing. So does one whose clause tells of a look-alike of the named thing ("the Gyeongui line" beside "the
/// Donghae line") when the name stands only in a later clause of time with a doing of its own ("..., before moving to
/// inspect the Donghae line"), even with no rival answer there. A date that hangs on the asked verb with the
/// question's own subject before it ("before the service was suspended in June 2015") is that deed's wherever the name
/// stands (<see cref="DateOfOtherVerb.OfAskedDeed"/>).
/// </summary>
internal static class NamesInClause
{
    /// <summary>How much of its fit an answer keeps when the question's name is in the other clause's thing.</summary>
    private const double OtherClause = 0.5;

    /// <summary>
    /// How much it keeps when its own clause tells of a look-alike ("the Gyeongui line") of the named thing the question
    /// asks of ("the Donghae line"): the answer plainly belongs to the other thing.
    /// </summary>
    private const double LookAlike = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage || KindOf(question.Type) is not { } kind)
        {
            return 1.0;
        }

        var text = passage.Text;
        if (question.Terms.Any(t => t.Role == TermRole.Name && !IsPersonOrPlace(question, t) && InLaterDoingOfLookAlike(t, passage, candidate)))
        {
            return LookAlike;
        }

        var (from, to) = Clauses.Around(text, candidate.Start);
        if ((from == 0 && to >= text.Length) || IsRelative(text, from) || (kind == AnnotationKind.Date && DateOfOtherVerb.OfAskedDeed(question, passage, candidate)))
        {
            return 1.0;
        }

        foreach (var term in question.Terms)
        {
            if (term.Role == TermRole.Name && !IsPersonOrPlace(question, term) && ElsewhereBesideRival(question, term, passage, candidate, from, Math.Max(from, to), kind))
            {
                return OtherClause;
            }
        }

        return 1.0;
    }

    /// <summary>
    /// "a U.S. Air Force C-17 transport plane, which left Osan Air Base": a relative clause goes on about the clause
    /// before it, so the names there are its own.
    /// </summary>
    private static bool IsRelative(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        return rest.StartsWith("which ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("who ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("where ", StringComparison.OrdinalIgnoreCase);
    }

    private static AnnotationKind? KindOf(AnswerType type) => type switch
    {
        AnswerType.Place => AnnotationKind.Place,
        AnswerType.Date => AnnotationKind.Date,
        AnswerType.Duration => AnnotationKind.Duration,
        _ => null,
    };

    private static bool IsPersonOrPlace(QuestionReading question, QuestionTerm term) =>
        question.People.Any(p => p.Words.Contains(term.Word, StringComparison.OrdinalIgnoreCase))
        || Language.World.Gazetteer.Default.Find(term.Word).Count > 0;

    /// <summary>
    /// "The team will spend six days surveying the Gyeongui line, before moving east to inspect the Donghae line": the
    /// clause of time after the answer's has a doing of its own ("before moving"), and the question's name ("Donghae")
    /// stands only there, on a thing ("line") whose look-alike the answer's clause tells of. The answer's count is the
    /// look-alike's, even though the later clause gives no rival of its own.
    /// </summary>
    private static bool InLaterDoingOfLookAlike(QuestionTerm term, Retrieval.Passage passage, AnswerCandidate candidate)
    {
        var text = passage.Text;
        var (from, to) = Clauses.Around(text, candidate.Start, timeClause: true);
        if (to >= text.Length || !Clauses.OpensDoingInTime(text, to))
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var head = -1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!term.IsIn(stems[i]))
            {
                continue;
            }

            if (tokens[i].Start < to)
            {
                return false;
            }

            // "the Osprey cable": the thing the name is of is the plain word after it.
            if (head < 0 && tokens[i + 1].Kind == TokenKind.Word && char.IsLower(tokens[i + 1].Text[0]))
            {
                head = i + 1;
            }
        }

        if (head < 0)
        {
            return false;
        }

        for (var i = 0; i < tokens.Count && tokens[i].End <= to; i++)
        {
            // "the Kestrel cable": the same thing under another name.
            if (i > 0 && tokens[i].Start >= from && char.IsUpper(tokens[i - 1].Text[0]) && stems[i].Intersect(stems[head]).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name is missing from the answer's clause but in another clause that has an answer of the same kind; a
    /// date still to come when the article was written is no rival for a deed asked as done.
    /// </summary>
    private static bool ElsewhereBesideRival(QuestionReading question, QuestionTerm term, Retrieval.Passage passage, AnswerCandidate candidate, int from, int to, AnnotationKind kind)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var elsewhere = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!term.IsIn(stems[i]))
            {
                continue;
            }

            if (tokens[i].Start >= from && tokens[i].End <= to)
            {
                return false;
            }

            elsewhere = tokens[i].Start;
        }

        if (elsewhere < 0)
        {
            return false;
        }

        var (start, end) = Clauses.Around(passage.Text, elsewhere);
        foreach (var rival in passage.Of(kind))
        {
            if (rival.Start >= start && rival.End <= Math.Max(start, end) && (rival.End <= candidate.Start || rival.Start >= candidate.End)
                && !(kind == AnnotationKind.Date && DateAfterWriting.IsStillToCome(question, passage, rival)))
            {
                return true;
            }
        }

        return false;
    }
}
