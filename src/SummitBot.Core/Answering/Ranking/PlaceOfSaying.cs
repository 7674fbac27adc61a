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

        if (SpeakersPlace(question, candidate, first, last))
        {
            return WhereSaid;
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

    /// <summary>
    /// "Prosecutors in Bergen said Haug had flown to ...", "officials in Lima told reporters ...": a place between
    /// the speakers' noun and their verb of saying is where the speakers are, not where what they report was done. It
    /// answers only a question about the speakers themselves (their noun or a verb of saying among its words).
    /// </summary>
    private static bool SpeakersPlace(QuestionReading question, AnswerCandidate candidate, int first, int after)
    {
        var passage = candidate.Passage!;
        var tokens = passage.Analysis.Tokens;
        if (first < 2 || after < 0 || after >= tokens.Count || !Saying.Contains(tokens[after].Text)
            || !(tokens[first - 1].Is("in") || tokens[first - 1].Is("from") || tokens[first - 1].Is("at"))
            || !tokens[first - 2].IsWord || !tokens[first - 2].Text.EndsWith('s'))
        {
            return false;
        }

        // The speakers' noun is a plural common noun ("prosecutors", "officials", "Police" aside): not a name's last word.
        var speakers = tokens[first - 2];
        if (passage.Of(Language.Reading.AnnotationKind.Place).Any(p => speakers.Start >= p.Start && speakers.End <= p.End))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        return !question.Terms.Any(t => t.IsIn(stems[first - 2]) || t.IsIn(stems[after]));
    }
}
