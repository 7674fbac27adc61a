using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How old is X?": an age the sentence ties to X (read at index time, <see cref="AgeReader"/>). Only the person asked
/// counts: an age of anyone else in the same sentence, or a number that is no age, is never a candidate, so a question
/// about someone whose age the sources do not give is declined rather than answered with another number.
/// </summary>
internal sealed class AgeExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Age;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        // "How old is Lee's son?": Lee only says whose son; Lee's own age does not answer.
        var asked = question.People.Where(p => p.Owns is null).SelectMany(p => p.Candidates).ToList();
        foreach (var age in passage.Of(AnnotationKind.Age))
        {
            // A shared name ("Kim") may mean several people; the one whose age this is must be one of them.
            if (asked.FirstOrDefault(c => c.Key == age.Value) is { } person)
            {
                yield return new AnswerCandidate(passage, Type, age.TextIn(passage.Text), age.Start, age.End, 1.0) { Note = $"age of {person.Name}", Person = person.Name };
            }
            else if (asked.Count == 0 && question.People.Count == 0 && AgeOfDescribed.Describes(question, passage, age))
            {
                yield return new AnswerCandidate(passage, Type, age.TextIn(passage.Text), age.Start, age.End, AgeOfDescribed.Fit) { Note = "age of the one described" };
            }
        }
    }
}
