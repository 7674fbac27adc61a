using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where was the minister flying to?" of "the minister, speaking on her plane to Lima, said ...": a question asking
/// where someone was going by a verb of going is told by a journey the sentence places someone on ("on his way to",
/// "aboard her flight to", "during their trip to") followed by a place, so the verb is not lacking. Only for a question
/// asking a place, only the question's verb of going, and only a journey noun whose "to" is followed by a place the
/// reading marks.
/// </summary>
internal static class JourneyTo
{
    /// <summary>How many words may stand between "on" and the journey noun ("on his", "on the long").</summary>
    private const int Describers = 3;

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type == AnswerType.Place && term.Role == TermRole.Content && JourneyWords.IsGoing(term.Word) && At(passage) >= 0;

    /// <summary>The token of the first journey noun the sentence places someone on, with a marked place after its "to"; -1 if none.</summary>
    public static int At(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var places = passage.Of(AnnotationKind.Place);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!JourneyWords.IsJourney(tokens[i].Text) || !tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var opens = Enumerable.Range(Math.Max(0, i - Describers - 1), Math.Min(Describers + 1, i))
                .Any(k => tokens[k].Text.ToLowerInvariant() is "on" or "aboard" or "during");
            var placeAt = i + 2 < tokens.Count && tokens[i + 2].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? i + 3 : i + 2;
            if (opens && placeAt < tokens.Count && places.Any(p => p.Start == tokens[placeAt].Start))
            {
                return i;
            }
        }

        return -1;
    }
}
