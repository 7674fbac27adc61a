using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How many from the south?", "how many sailors from the north were freed?": a phrase of "from" after what is counted
/// says which group's count is asked. A sentence that splits a whole into groups ("12 women, seven from the South and
/// five from the North") answers with the count right before the group's own phrase, not the one after it or the whole.
/// </summary>
/// <param name="Preposition">The phrase's preposition, lower case ("from").</param>
/// <param name="Stems">The analyzed words of the phrase's noun ("south").</param>
internal sealed record CountGroup(string Preposition, IReadOnlyList<string> Stems)
{
    /// <summary>
    /// The preposition that names a group by where its members come from ("from the South"). Not "in" or "at", which
    /// after a verb say where the counted ones are ("how many women work in Dandong's plants?"), no group of them.
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "from" };

    /// <summary>The group a "how many" question names after what it counts, or null (of its lower-case words).</summary>
    public static CountGroup? Read(List<string> words, AnsweringModel model)
    {
        var many = words.IndexOf("many");
        if (many < 1 || words[many - 1] != "how")
        {
            return null;
        }

        // Past the counted noun ("how many women from ..."), up to four words, to the preposition.
        var at = many + 1;
        while (at < words.Count && at - many <= 4 && !CommonWords.IsFunctionWord(words[at]) && !Prepositions.Contains(words[at]))
        {
            at++;
        }

        if (at + 1 >= words.Count || !Prepositions.Contains(words[at]))
        {
            return null;
        }

        var noun = words[at + 1] == "the" && at + 2 < words.Count ? at + 2 : at + 1;
        var stems = CommonWords.IsFunctionWord(words[noun]) ? [] : model.Snapshot.Analyzer.Terms(words[noun]);
        return stems.Count == 0 ? null : new CountGroup(words[at], stems);
    }
}
