using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did she say the missile landed?" and "Inada told reporters in Tokyo that the missile had landed off Oga": a
/// place between a verb of saying and the "that" of what was said is where it was said. When the question's verb is
/// told only after the "that", the place asked is in the words reported, and the place of the saying is not it.
/// </summary>
internal static class PlaceOfSaying
{
    /// <summary>How much of its fit a place keeps that is where the words were said, asked where the reported deed was.</summary>
    private const double WhereSaid = 0.4;

    /// <summary>How many tokens a verb of saying may stand before its place ("told reporters at the Hotel Okura in Tokyo").</summary>
    private const int Reach = 8;

    /// <summary>How many tokens of a time may stand between the place and "that" ("in Tokyo on Saturday that").</summary>
    private const int TimeReach = 4;

    private static readonly HashSet<string> Saying = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "announced", "announces", "stated", "added", "confirmed", "reported", "declared",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var first = tokens.FindIndex(t => t.Start >= candidate.Start);
        var last = tokens.FindIndex(t => t.Start >= candidate.End);
        var placeEnd = last;
        while (last >= 0 && last + 1 < tokens.Count && last - placeEnd < TimeReach && !tokens[last].Is("that")
            && (tokens[last].Is("on") || passage.Of(Language.Reading.AnnotationKind.Date).Any(d => tokens[last].Start >= d.Start && tokens[last].End <= d.End)))
        {
            // "told reporters in Tokyo on Saturday that ...": the day of the saying stands between its place and "that".
            last++;
        }

        if (first < 1 || last < 0 || last + 1 >= tokens.Count || !tokens[last].Is("that")
            || !Enumerable.Range(Math.Max(0, first - Reach), Math.Min(Reach, first)).Any(k => Saying.Contains(tokens[k].Text) && !Enumerable.Range(k, first - k).Any(b => tokens[b].Text is "," or ";" or ".")))
        {
            return 1.0;
        }

        var verbs = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        var stems = passage.Analysis.TokenStems;
        bool Told(int from, int to) => Enumerable.Range(from, to - from).Any(k => verbs.Any(v => v.IsIn(stems[k])));
        return verbs.Count > 0 && Told(last + 1, tokens.Count) && !Told(0, last) ? WhereSaid : 1.0;
    }
}
