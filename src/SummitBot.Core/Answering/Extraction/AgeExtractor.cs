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

    /// <summary>How much of its fit one person's age keeps when the question asks the ages of several: it is half an answer.</summary>
    private const double OneOfSeveral = 0.3;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        // "How old is Lee's son?": Lee only says whose son; Lee's own age does not answer.
        var named = question.People.Where(p => p.Owns is null).ToList();
        var asked = named.SelectMany(p => p.Candidates).ToList();
        var ages = new List<(Annotation Age, string Person)>();
        foreach (var age in passage.Of(AnnotationKind.Age))
        {
            // A shared name ("Kim") may mean several people; the one whose age this is must be one of them.
            if (asked.FirstOrDefault(c => c.Key == age.Value) is { } person)
            {
                ages.Add((age, person.Name));
                yield return new AnswerCandidate(passage, Type, age.TextIn(passage.Text), age.Start, age.End, named.Count > 1 ? OneOfSeveral : 1.0) { Note = $"age of {person.Name}", Person = person.Name };
            }
            else if (age.Value.Length == 0)
            {
                // "The men, aged 22 and 23,": the ages of the people the noun names, and what it refers back to.
                if (question.People.Count == 0 && AgeOfGroup.Describes(question, passage, age))
                {
                    yield return new AnswerCandidate(passage, Type, age.TextIn(passage.Text), age.Start, age.End, AgeOfDescribed.Fit) { Note = "ages of the people described" };
                }
            }
            else if (asked.Count == 0 && question.People.Count == 0 && AgeOfDescribed.Describes(question, passage, age))
            {
                yield return new AnswerCandidate(passage, Type, age.TextIn(passage.Text), age.Start, age.End, AgeOfDescribed.Fit) { Note = "age of the one described" };
            }
        }

        if (named.Count > 1 && Each(passage, named, ages) is { } each)
        {
            yield return each;
        }
    }

    /// <summary>
    /// "How old are Ri Sol and Pak Chun?": both ages, when the sentence gives each person asked one, said as the sentence
    /// ties them ("Ri Sol, 31, and Pak Chun, 28"); null when any person asked has no age here.
    /// </summary>
    private AnswerCandidate? Each(Passage passage, List<NamedPerson> named, List<(Annotation Age, string Person)> ages)
    {
        var said = new List<(Annotation Age, string Person)>();
        foreach (var person in named)
        {
            if (ages.FirstOrDefault(a => person.Candidates.Any(c => c.Name == a.Person)) is not { Person: not null } found || said.Contains(found))
            {
                return null;
            }

            said.Add(found);
        }

        var words = said.Select(a => $"{a.Person}, {a.Age.TextIn(passage.Text)}").ToList();
        var answer = string.Join(", ", words.Take(words.Count - 1)) + ", and " + words[^1];
        return new AnswerCandidate(passage, Type, answer, said.Min(a => a.Age.Start), said.Max(a => a.Age.End), 1.0) { Note = "ages of the people asked" };
    }
}
