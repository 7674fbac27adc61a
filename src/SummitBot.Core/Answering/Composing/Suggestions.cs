using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Composing;

/// <summary>
/// Questions to suggest on a decline, closest to what was asked first: the knowledge's example questions that share
/// the most words with it, "who is ...?" for the people it named whose role the sources state, then the other examples.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> For(QuestionReading question, AnsweringModel model, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var asked = question.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var examples = model.ExampleTerms
            .Select(e => (e.Text, Shared: e.Terms.Count(asked.Contains)))
            .OrderByDescending(e => e.Shared)
            .Select(e => e.Text);
        var people = question.People.SelectMany(p => p.Candidates).Where(c => c.Titles.Count > 0).Select(c => $"Who is {c.Name}?");
        return [.. people.Concat(examples).Where(s => !s.Equals(question.Text, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Take(count)];
    }
}
