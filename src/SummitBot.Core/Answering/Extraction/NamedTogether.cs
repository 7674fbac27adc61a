using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which painters showed work at the fair?" asks for all of them: where a sentence lists several things of the kind
/// asked ("the landscape painter Eva Lund, 70, and the sculptor-painter Ivar Moe"), the list is the answer, and one of
/// them alone leaves the others out. Asked in the singular ("which painter"), each stays an answer of its own.
/// </summary>
internal static class NamedTogether
{
    /// <summary>How much of its fit one thing of a list keeps when the question asks for several.</summary>
    private const double ListMember = 0.8;

    /// <summary>The note of a thing of the kind asked that the sentence names (<see cref="WhatExtractor.Named"/>).</summary>
    public static string NoteOf(string category) => $"a {category} the sentence names";

    /// <summary>Whether the question asks the kind in the plural ("which singers", "what ships"): several may answer it.</summary>
    public static bool Asked(QuestionReading question, string category) =>
        WhichOnes.Asked(question) && question.Terms.Any(t => t.Stem == category && Language.Words.PluralNouns.LooksPlural(t.Word));

    /// <summary>
    /// The candidates, with the named things of the kind that the sentence lists together (a comma or "and" between
    /// them, and maybe an age or the next one's description) joined into one answer, and those in it lowered.
    /// </summary>
    public static IEnumerable<AnswerCandidate> Join(Passage passage, List<AnswerCandidate> found, string category)
    {
        var named = found.Where(c => c.Note == NoteOf(category) && c.Fit >= 1.0).OrderBy(c => c.Start).ToList();
        var listed = new List<AnswerCandidate>();
        for (var i = 0; i + 1 < named.Count && listed.Count == 0; i++)
        {
            var last = i;
            while (last + 1 < named.Count && named[last].End <= named[last + 1].Start && PersonExtractor.IsListGap(passage.Text[named[last].End..named[last + 1].Start]))
            {
                last++;
            }

            listed = last > i ? named.GetRange(i, last - i + 1) : [];
        }

        if (listed.Count == 0)
        {
            return found;
        }

        var words = listed.Select(c => c.Answer).ToList();
        var joined = new AnswerCandidate(passage, AnswerType.What, string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1], listed[0].Start, listed[^1].End, 1.0)
        {
            Note = $"the {category}s the sentence lists together",
        };
        return found.Select(c => listed.Contains(c) ? c with { Fit = c.Fit * ListMember } : c).Prepend(joined);
    }
}
