using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which country is he hiding in?" and "... may be seeking asylum elsewhere, a South Korean lawmaker said": an adjective
/// of a country before a word of a person's office ("a South Korean lawmaker", "Chinese officials") says whose that
/// person is, not where anything was done. Only when the question names no such person: "which country's diplomat
/// vanished?" asks that very nationality.
/// </summary>
internal static class NationalityOfPerson
{
    public static bool Is(QuestionReading question, Passage passage, Annotation demonym)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= demonym.End);
        if (next < 0 || !tokens[next].IsWord || tokens[next].IsCapitalized || !RoleWords.IsHead(tokens[next].Text))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems[next];
        return !question.Terms.Any(t => t.IsIn(stems));
    }
}
