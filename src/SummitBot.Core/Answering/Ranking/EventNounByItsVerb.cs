using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the explosion happen?" of "A gas cylinder exploded in the workshop on Saturday": a question that asks when
/// or where an event noun happened (occurred, took place) is told by a sentence with the verb the noun is derived from
/// (WordNet's derivation: explosion → explode), which says the event itself came about. The verb counts as the word, not
/// as a weaker related word. Only a noun that is no verb itself ("attack" matches by its own stem), and only a verb form
/// of the derived word in the sentence, not another noun of the same root ("explosives").
/// </summary>
internal static class EventNounByItsVerb
{
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var relations = WordRelations.Default;
        var noun = term.Word.ToLowerInvariant();
        // Called for each term of each passage: the question's own word set rules out most questions before it is tokenized.
        if (term.Role != TermRole.Content || question.Type is not (AnswerType.Date or AnswerType.Place) || !question.LowerWords.Any(HappeningVerbs.MayBe)
            || relations.IsVerb(noun) || !relations.IsNoun(noun))
        {
            return false;
        }

        var words = Language.Tokenizer.LowerWords(question.Text);
        var at = words.IndexOf(noun);
        if (at < 0 || !HappeningVerbs.AnyIn(words.Skip(at + 1).ToList()))
        {
            return false;
        }

        var verbStems = relations.Related(noun, Relation.Derivation).Where(relations.IsVerb).SelectMany(passage.Analyze).ToHashSet(StringComparer.Ordinal);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (stems[i].Any(verbStems.Contains) && (relations.IsPastForm(word) || (relations.IsVerb(word) && !relations.IsNounForm(word))))
            {
                return true;
            }
        }

        return false;
    }
}
