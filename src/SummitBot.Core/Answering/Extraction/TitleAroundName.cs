using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Her brother, Ivo Berg, a retired pilot, ...", "whose uncle, Col. Ivo Berg, ...": a role set off before a name and
/// another said after it (or a rank abbreviated inside it) are one answer to who the person is. Either alone leaves out
/// half of what the sentence tells: that he is her brother, and that he is a pilot.
/// </summary>
internal static class TitleAroundName
{
    /// <summary>The titles of <paramref name="given"/> that stand on both sides of a person's name, joined ("Ana Berg's brother, a retired pilot").</summary>
    public static IEnumerable<AnswerCandidate> Join(Passage passage, IReadOnlyList<AnswerCandidate> given)
    {
        foreach (var mention in passage.Of(AnnotationKind.Person).Where(p => !p.IsReference))
        {
            var own = given.Where(c => c.Person == mention.Value && c.Passage == passage).ToList();
            var rank = own.FirstOrDefault(c => c.End <= mention.Start && IsRank(passage, c) && Between(passage, c.End, mention.Start) == string.Empty);
            var nameStart = rank?.Start ?? mention.Start;
            var before = own.FirstOrDefault(c => c.End <= nameStart && !IsRank(passage, c) && Between(passage, c.End, nameStart) == ",");
            var after = own.FirstOrDefault(c => c.Start >= mention.End && !IsRank(passage, c) && Between(passage, mention.End, c.Start) == ",");
            if (before is null || (after ?? rank) is not { } second)
            {
                continue;
            }

            // The span stays the first title's: the name between the two is the question's, and an answer holding the
            // asked name would stand far from the question's words by its own measure.
            // What the person runs, said after the name as a deed, joins as a clause: "Ana Berg's brother, who runs ...".
            var joined = TitleFinder.SaidAsDeed(second.Answer) ? "who " + second.Answer : second.Answer;
            yield return before with { Answer = before.Answer + ", " + joined, Note = "titles around the name of " + mention.Value };
        }
    }

    /// <summary>Whether the candidate's words are an abbreviated rank only ("Sgt.").</summary>
    private static bool IsRank(Passage passage, AnswerCandidate candidate) => RankAbbreviations.Spelled(passage.Text[candidate.Start..candidate.End]) is not null;

    private static string Between(Passage passage, int from, int to) => from <= to ? passage.Text[from..to].Trim() : "?";
}
