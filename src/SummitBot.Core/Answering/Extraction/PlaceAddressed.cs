using SummitBot.Answering.Questions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "... hours before he told North Korea in a speech not to test the United States": a place right after a verb of
/// telling, warning or urging is the one spoken to, its government, not where the speech was given. Asked where, it is
/// no answer. A question that asks with such a verb ("which country did he warn?") asks for the one addressed, so
/// there the place stays.
/// </summary>
internal static class PlaceAddressed
{
    /// <summary>Whether the place that starts at <paramref name="start"/> is the object of a verb of addressing, for a question not asking who was addressed.</summary>
    public static bool Is(QuestionReading question, string text, int start)
    {
        var end = start;
        var word = Spans.PreviousWord(text, ref end);
        if (word.Equals("the", StringComparison.Ordinal))
        {
            word = Spans.PreviousWord(text, ref end);
        }

        // "told, in Seoul, ...": a comma between them leaves the place apart from the verb.
        return SpeechVerbs.IsAddressing(word.ToString()) && !text.AsSpan(end, start - end).Contains(',')
            && !question.LowerWords.Any(SpeechVerbs.IsAddressing);
    }
}
