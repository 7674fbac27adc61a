namespace SummitBot.Language.Reading;

/// <summary>
/// "Mrs. Lund", "Mr. Berg", "Ms. Park": news names a person by a courtesy title and one word of the name once it has
/// named them in full. The full name is that of the one person of the article with that word first or last in a name
/// of two words or more ("Ingrid Lund", "Park Min-ji": a Korean family name comes first) whose sex, where the article
/// tells it, fits the title's. Two such people, or none, leave the short form as it is: a wrong full name is worse.
/// </summary>
public static class HonorificName
{
    /// <summary>
    /// The name's one word after a courtesy title and the sex the title tells ('m', 'f', or '\0' for "Dr."), or null
    /// when the name is not a courtesy title and one word.
    /// </summary>
    public static (string Word, char Sex)? Read(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[1].Length < 2 || !char.IsUpper(words[1][0]))
        {
            return null;
        }

        var sex = SexOf(words[0]);
        return sex != '\0' || words[0].TrimEnd('.').Equals("dr", StringComparison.OrdinalIgnoreCase) ? (words[1], sex) : null;
    }

    /// <summary>The sex a courtesy title tells ('m' for "Mr.", 'f' for "Mrs.", "Ms." and "Miss"), or '\0' for any other word.</summary>
    public static char SexOf(string word) => word.TrimEnd('.').ToLowerInvariant() switch
    {
        "mr" => 'm',
        "mrs" or "ms" or "miss" => 'f',
        _ => '\0',
    };

    /// <summary>Whether a name of these lower-case words may be the one a courtesy title and <paramref name="word"/> stand for: two words or more, with it first (a Korean family name) or last.</summary>
    public static bool MayBe(IReadOnlyList<string> nameWords, string word) =>
        nameWords.Count >= 2 && (nameWords[0] == word || nameWords[^1] == word);

    /// <summary>
    /// The full name <paramref name="shortName"/> stands for among <paramref name="people"/> (each with the sex the
    /// article tells, '\0' when it does not), or null when it is no courtesy form or not exactly one person fits.
    /// </summary>
    public static string? FullName(string shortName, IEnumerable<(string Name, char Sex)> people)
    {
        if (Read(shortName) is not var (word, sex))
        {
            return null;
        }

        var lower = word.ToLowerInvariant();
        var fits = people
            .Where(p => Read(p.Name) is null && (sex == '\0' || p.Sex == '\0' || p.Sex == sex)
                && MayBe(ArticlePerson.NameWords(p.Name), lower))
            .Select(p => p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(2)
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }
}
