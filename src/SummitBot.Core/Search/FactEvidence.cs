using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Everything that describes a fact: its answer sentence, passage, cue words and the names of the entity it is about
/// and of the people that entity involves. A question is answered by a fact only if this covers all its words.
/// </summary>
public static class FactEvidence
{
    public static string Text(KnowledgeBase knowledge, Fact fact)
    {
        var parts = new List<string> { fact.Says, fact.Passage, fact.Answer };
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
                    AddNames(person, parts);
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
