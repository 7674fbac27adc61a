namespace SummitBot.Language.Relations;

/// <summary>
/// "How many tourists ...?" and "about 15 tours": a noun for a kind of person ("tourist", "visitor", "voter") is related
/// by derivation to the thing such people do or have ("tour", "visit", "vote"), and a count of those things is no count
/// of the people: one tourist takes many tours, and one tour takes many tourists.
/// </summary>
public static class ThingOfPeople
{
    /// <summary>
    /// Whether <paramref name="counted"/> (the sentence's counted nouns, as written) are things derived from the people
    /// <paramref name="asked"/> names (the question's counted noun, any case and inflection), none of them people.
    /// </summary>
    public static bool CountsThingsOf(string asked, IReadOnlyList<string> counted)
    {
        var lower = asked.ToLowerInvariant();
        if (!PersonNouns.Is(lower) || counted.Count == 0 || counted.Any(PersonNouns.Is))
        {
            return false;
        }

        var relations = WordRelations.Default;
        var derived = relations.Related(lower, Relation.Derivation, nounOnly: true);
        return counted.Any(noun => relations.BaseForms(noun.ToLowerInvariant()).Any(derived.Contains));
    }
}
