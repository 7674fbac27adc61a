using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How much longer will the strike last?": "longer" right after "how much" asks the time still to run, as "long"
/// does after "how" (QuestionType reads it as a length of time); a passage tells it as "extended by two weeks" and
/// rarely says "longer", so it is no word a passage must have. "Longer" elsewhere ("a longer runway") keeps its
/// meaning and stays a word to find.
/// </summary>
internal static class HowMuchLonger
{
    /// <summary>Whether the word at <paramref name="i"/> is "longer" right after "how much" in a question asking a duration.</summary>
    public static bool Frames(List<Token> tokens, int i, AnswerType type) =>
        type == AnswerType.Duration && i >= 2 && tokens[i].Is("longer") && tokens[i - 1].Is("much") && tokens[i - 2].Is("how");
}
