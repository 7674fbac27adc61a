using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// The words that describe a fact: its answer sentence, answer, cue words and speaker, and the names of the entity it
/// is about. Not the passage: a passage often says several things, and its other words must not make a fact seem to
/// answer a question it doesn't. A question is answered by a fact only if these (with the entities the question names
/// that the fact is about or involves) cover all its words.
/// </summary>
public static class FactEvidence
{
    public static string Text(KnowledgeBase knowledge, Fact fact)
    {
        var parts = new List<string> { fact.Says, fact.Answer };
        if (fact.Cue is not null)
        {
            parts.Add(fact.Cue);
        }

        if (fact.SaidBy is not null)
        {
            parts.Add(fact.SaidBy);
        }

        if (knowledge.Entities.TryGetValue(fact.About, out var about))
        {
            AddNames(about, parts);
            foreach (var involved in about.Involves)
            {
                if (knowledge.Entities.TryGetValue(involved, out var person))
                {
                    parts.Add(person.Name);
                }
            }
        }

        return string.Join(" . ", parts);
    }

    private static void AddNames(KnowledgeEntity entity, List<string> parts)
    {
        parts.AddRange(entity.Aliases);
        parts.AddRange(entity.Generic);
    }
}
