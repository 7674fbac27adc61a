using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Relations;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the ferry start its journey?" of "the ferry left Bergen on Monday for a crossing of 300 kilometres": an
/// event the question names by a general noun is often told by a narrower one ("crossing", "voyage", "flight" for a
/// journey). WordNet gives each noun its broader words, not its narrower ones, so the sentence's nouns are looked up:
/// one that is a kind of the asked event, a step up, tells the event, as a related word does.
/// </summary>
internal static class EventByKind
{
    /// <summary>How many steps up WordNet's hypernyms the asked event may be (one: "voyage" → "journey").</summary>
    private const int Steps = 1;

    public static bool Tells(QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Event || term.Word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var asked = term.Word.ToLowerInvariant();
        var relations = WordRelations.Default;
        return passage.Analysis.Tokens.Any(t => t.IsWord && !t.IsCapitalized && t.Text.Length > 2 && t.Text != asked
            && relations.IsNounForm(t.Text) && relations.IsKindOf(t.Text, asked, Steps));
    }
}
