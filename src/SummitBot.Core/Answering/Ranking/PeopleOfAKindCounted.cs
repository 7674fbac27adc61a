using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many people were in the audience?" of "an audience of about 400 guests": asked to count people, the word
/// "people" names the kind of the answer, and a sentence that counts people of a kind (guests, workers, students)
/// has it in other words. The question's "people" is matched, as a related word, by a count in the sentence whose
/// noun names a kind of person (<see cref="Language.Relations.PersonNouns"/>) — as extraction already fits such a
/// count to "how many people" (<c>CountExtractor.PeopleOfAKind</c>). A count of things ("three buildings") does not,
/// nor a sentence that lacks any other word of the question: its people of a kind are not the people asked.
/// </summary>
internal static class PeopleOfAKindCounted
{
    /// <summary>The nouns that count people of any kind.</summary>
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "individuals" };

    /// <summary>Whether <paramref name="term"/> is the "people" a how-many question counts and the sentence counts people of a kind.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (question.Type != AnswerType.Number || !People.Contains(term.Word) || !question.Counted.Contains(term.Stem))
        {
            return false;
        }

        // Only where the sentence tells of the very thing asked, every other word of the question in it: "the two envoys
        // had met Kim in Pyongyang" counts some people, not those "at the dinner with Kim in Pyongyang".
        if (question.Terms.Any(t => t != term && t != question.Claim && !t.IsIn(passage.Words)))
        {
            return false;
        }

        foreach (var quantity in passage.Of(AnnotationKind.Quantity))
        {
            if (!quantity.Detail.StartsWith("count:", StringComparison.Ordinal))
            {
                continue;
            }

            var noun = quantity.Detail["count:".Length..];
            var head = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (head is not null && !head.Any(char.IsUpper) && Language.Relations.PersonNouns.Is(head))
            {
                return true;
            }
        }

        return false;
    }
}
