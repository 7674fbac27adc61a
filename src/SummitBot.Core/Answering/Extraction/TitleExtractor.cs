using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>"Who is X?", "what is X's title?": a title or role the sentence gives the person asked about, as it states it.</summary>
internal sealed class TitleExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Title;

    private static readonly HashSet<string> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        "husband", "wife", "son", "daughter", "sister", "brother", "father", "mother", "uncle", "aunt", "cousin", "grandfather", "grandmother", "friend", "counterpart",
    };

    private static bool AsksOffice(QuestionReading question) =>
        question.Text.Split(' ').Any(w => w.Trim('?', '.').ToLowerInvariant() is "job" or "title" or "position" or "role" or "post" or "occupation" or "profession" or "rank");

    private static bool IsRelation(string title) =>
        title.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => Language.Words.RoleWords.IsHead(w)).All(Relations.Contains);

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var asked = question.People.SelectMany(p => p.Candidates).ToList();
        foreach (var title in passage.Of(AnnotationKind.Title))
        {
            var person = asked.FirstOrDefault(c => c.Key == title.Value);
            if (person is null)
            {
                continue;
            }

            var words = title.TextIn(passage.Text);
            if (AsksOffice(question) && IsRelation(words))
            {
                // "her husband Jared Kushner" says who he is to her, not what his job is.
                continue;
            }

            // A longer title says more ("the special representative for U.S. Affairs of ..." over "North Korean counterpart").
            var fit = Math.Min(1.0, 0.6 + (words.Split(' ').Length * 0.05)) * (words.Split(' ').Any(w => Language.Words.RoleWords.IsHead(w.Trim(',')) && w != "counterpart") ? 1.0 : 0.6);
            yield return new AnswerCandidate(passage, Type, words, title.Start, title.End, fit) { Note = "title given to " + person.Name, Person = person.Name };
        }
    }
}
