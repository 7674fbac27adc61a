using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who is Rantanen's lawyer?" and "Lindgren was fined ... His lawyer, Petter Holm, said": a role asked of one named
/// person is not answered by a title that the sentence says is another person's — owned by a pronoun the reading binds
/// to someone else, or by another person's name in the possessive ("Berg's lawyer, Tove Lie,").
/// </summary>
internal static class OtherPersonsRole
{
    /// <summary>What an office owned by another person keeps of its fit.</summary>
    public const double Weight = 0.1;

    /// <summary>Whether the title at <paramref name="title"/> is owned by a person other than the one the question names.</summary>
    public static bool Is(QuestionReading question, Passage passage, Annotation title)
    {
        if (question.People is not [{ ByRole: false } asked])
        {
            return false;
        }

        var keys = asked.Candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            // The owning pronoun opens the title; an owning name ends right before its "'s", which may open the title
            // ("Sweden's coach") or stand just before it ("Berg's lawyer, Tove Lie" keeps the name outside).
            var owns = person.Start == title.Start || (person.End <= title.Start && person.End >= title.Start - 3 && Possessive(passage.Text, person.End));
            // The holder's own name or a pronoun the reading bound to the holder says nothing of another owner.
            if (owns && ArticlePerson.KeyOf(person.Value) != title.Value)
            {
                return !keys.Contains(ArticlePerson.KeyOf(person.Value));
            }
        }

        return false;
    }

    private static bool Possessive(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s", StringComparison.Ordinal);
}
