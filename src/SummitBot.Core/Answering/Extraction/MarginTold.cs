using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How far behind the winners did they finish?" asks a margin: only a measure the sentence tells as a gap answers it
/// ("0.54 seconds ahead of", "half an hour behind", "forward by 30 minutes", "won by two metres"; see
/// <see cref="MarginWords"/>). A measure that only names a thing ("the 500-metre race") or says how long something
/// lasted ("finished in 2 minutes") tells no gap, however well the rest of its sentence fits.
/// </summary>
internal static class MarginTold
{
    /// <summary>How many words before a measure are read for the "by" and the side or verb of winning before it.</summary>
    private const int WordsBefore = 6;

    public static bool Of(Passage passage, Annotation measure)
    {
        var tokens = passage.Analysis.Tokens;
        var before = tokens.Where(t => t.End <= measure.Start).TakeLast(WordsBefore).ToList();

        // Within the measure's clause: "ahead, by ..." is another clause's word.
        var clauseStart = before.FindLastIndex(t => t.Text is "," or ";" or ":");
        var words = before.Skip(clauseStart + 1).Where(t => t.IsWord).Select(t => t.Text).ToList();
        var after = tokens.Where(t => t.Start >= measure.End).Take(1).Where(t => t.IsWord).Select(t => t.Text).ToList();
        return MarginWords.Tells(words, after);
    }
}
