namespace SummitBot.Unanswered;

/// <summary>
/// Groups questions asked in similar words (<see cref="QuestionWording"/>), most asked first. Questions with the same
/// significant words are one group at once; a group then joins the first larger group whose words it shares for the
/// most part (<see cref="JoinAt"/>), so "where is the third summit?", "where will the third summit be held"
/// and "wheres the thrid summit" end up together while "when is the third summit?" stays apart.
/// </summary>
internal static class QuestionGrouper
{
    /// <summary>Words shared over all words, from which two wordings are one question.</summary>
    public const double JoinAt = 0.6;

    public static List<QuestionGroup> Group(IEnumerable<UnansweredQuestion> questions)
    {
        var buckets = questions
            .Select(q => (Question: q, Terms: QuestionWording.Terms(q.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .GroupBy(x => x.Terms.Count > 0 ? string.Join(' ', x.Terms) : "\u0001" + QuestionWording.WordingKey(x.Question.Text), StringComparer.Ordinal)
            .Select(g => (Terms: g.First().Terms, Questions: g.Select(x => x.Question).ToList()))
            .OrderByDescending(b => b.Questions.Count)
            .ThenByDescending(b => b.Questions.Max(q => q.At))
            .ToList();

        var clusters = new List<(List<string> Terms, List<UnansweredQuestion> Questions)>();
        foreach (var bucket in buckets)
        {
            var home = bucket.Terms.Count == 0 ? -1 : clusters.FindIndex(c => QuestionWording.Similarity(bucket.Terms, c.Terms) >= JoinAt);
            if (home < 0)
            {
                clusters.Add((bucket.Terms, [.. bucket.Questions]));
            }
            else
            {
                clusters[home].Questions.AddRange(bucket.Questions);
            }
        }

        return [.. clusters.Select(c => Summarize(c.Questions)).OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)];
    }

    private static QuestionGroup Summarize(List<UnansweredQuestion> questions)
    {
        // A wording is shown as it was first typed; case, spacing and end punctuation do not make another wording.
        var wordings = questions.GroupBy(q => QuestionWording.WordingKey(q.Text), StringComparer.Ordinal)
            .Select(g => (First: g.MinBy(q => q.At)!, Count: g.Count()))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.First.At)
            .Select(w => new KeyValuePair<string, int>(string.Join(' ', w.First.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), w.Count))
            .ToList();
        return new QuestionGroup(
            questions.Count,
            wordings,
            Tally(questions, q => q.Reason),
            Tally(questions, q => q.Asked),
            Tally(questions, q => q.Channel),
            questions.Min(q => q.At),
            questions.Max(q => q.At));
    }

    private static List<KeyValuePair<T, int>> Tally<T>(List<UnansweredQuestion> questions, Func<UnansweredQuestion, T> key) =>
        [.. questions.GroupBy(key).Select(g => new KeyValuePair<T, int>(g.Key, g.Count())).OrderByDescending(t => t.Value)];
}
