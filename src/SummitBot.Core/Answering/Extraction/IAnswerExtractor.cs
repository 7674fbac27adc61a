using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>Finds, in one passage, the words that could answer a question of one <see cref="AnswerType"/>.</summary>
internal interface IAnswerExtractor
{
    AnswerType Type { get; }

    IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage);
}
