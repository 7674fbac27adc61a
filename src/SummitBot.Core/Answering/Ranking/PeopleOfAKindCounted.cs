using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many people were in the audience?" of "an audience of about 400 guests": asked to count people, the word
/// "people" names the kind of the answer, and a sentence that counts people of a kind (guests, workers, students)
/// has it in other words. The question's "people" is matched, as a related word, by a count in the sentence whose
/// noun names a kind of person (<see cref="Language.Relations.PersonNouns"/>) or a body of people counted by its
/// members ("200 personnel", <see cref="Language.Words.PeopleWords.IsCollective"/>) — as extraction already fits such a
/// count to "how many people" (<c>CountExtractor.PeopleOfAKind</c>) — and that is tied to another word of the
/// question: the count is of it ("an audience of 400 guests", "the farm's four workers"), names it ("a 22-member
/// delegation"), or counts its doers ("four workers" for "worked"). A count of some people of the sentence that is
/// not tied to what is asked ("the two envoys had met Kim ... hosted them at a dinner", asked how many were at the
/// dinner) counts part of them at most, and a count of things ("three buildings") never stands for people.
/// </summary>
internal static class PeopleOfAKindCounted
{
    /// <summary>How many stop words ("of", "the") may stand between the count and the word it is of.</summary>
    private const int StopWordsBetween = 2;

    /// <summary>Whether <paramref name="term"/> is the "people" a how-many question counts and the sentence counts people of a kind.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (question.Type != AnswerType.Number || !Language.Words.PeopleWords.Is(term.Word) || !question.Counted.Contains(term.Stem))
        {
            return false;
        }

        var others = question.Terms.Where(t => t != term && t != question.Claim && t.Role is not (TermRole.Name or TermRole.Number or TermRole.Ordinal)).ToList();
        foreach (var quantity in passage.Of(AnnotationKind.Quantity))
        {
            if (!quantity.Detail.StartsWith("count:", StringComparison.Ordinal))
            {
                continue;
            }

            var noun = quantity.Detail["count:".Length..];
            var head = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (head is not null && !head.Any(char.IsUpper) && (Language.Relations.PersonNouns.Is(head) || Language.Words.PeopleWords.IsCollective(head)) && Tied(others, passage, quantity, noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the count is tied to one of the question's other words (not a name: "Moon's two aides" are not all the
    /// people at Moon's dinner): the word it is of, before it past at most two
    /// stop words ("audience of about 400 guests", "farm's four workers"); the word right after its noun ("22-member
    /// delegation", "400 guests attended", or after "to", "200 staff to run it"); or its noun related to one ("workers"
    /// of "worked").
    /// </summary>
    private static bool Tied(List<QuestionTerm> others, Passage passage, Annotation quantity, string noun)
    {
        static bool Has(QuestionTerm t, IEnumerable<string> stems) => stems.Any(s => s == t.Stem || t.Forms.Contains(s) || t.Related.Contains(s));

        var counted = passage.Analyze(noun);
        if (others.Any(t => Has(t, counted)))
        {
            return true;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var before = tokens.FindLastIndex(t => t.End <= quantity.Start);
        for (var skipped = 0; before >= 0 && skipped <= StopWordsBetween; before--, skipped++)
        {
            if (stems[before].Length > 0)
            {
                if (others.Any(t => Has(t, stems[before])))
                {
                    return true;
                }

                break;
            }
        }

        var end = CountExtractor.EndOfCounted(passage.Text, quantity);
        var after = tokens.FindIndex(t => t.Start >= end);
        if (after >= 0 && after + 1 < tokens.Count && tokens[after].Is("to"))
        {
            // "needs 200 staff to run it": the verb of purpose after "to" is what the counted people are there to do.
            after++;
        }

        return after >= 0 && others.Any(t => Has(t, stems[after]));
    }
}
