namespace SummitBot.Language.Reading;

/// <summary>
/// "Ms. Lund", "Mr. Berg": a courtesy title and a surname refer back to a person the article has named in full, while it
/// is read (<see cref="HonorificName"/> holds the titles and which names may be meant). The
/// title tells the person's sex, which may set apart two people who share the surname (a woman and her brother); when
/// it cannot, no one is guessed and the words stay a name of their own.
/// </summary>
internal static class HonorificReference
{
    /// <summary>The sex told by a courtesy title right before token <paramref name="i"/>, or '\0' when none stands there.</summary>
    public static char SexBefore(List<Token> tokens, int i) => i > 0 && tokens[i - 1].IsCapitalized ? HonorificName.SexOf(tokens[i - 1].Text) : '\0';

    /// <summary>
    /// The person a courtesy title of <paramref name="sex"/> and <paramref name="surname"/> means, or null: among those
    /// the article has introduced by a full name with that surname (its first or last word) and whom nothing tells to
    /// be of the other sex, the only one; else the only one of them told to be of that sex. Someone named only later in
    /// the article is never meant.
    /// </summary>
    public static ArticlePerson? Resolve(ArticlePeople people, char sex, string surname)
    {
        var lower = surname.ToLowerInvariant();
        var possible = people.All
            .Where(p => p.LastSentence >= 0 && HonorificName.MayBe(p.Words, lower) && HonorificName.SexOf(p.Name.Split(' ')[0]) == '\0')
            .Where(p => p.Gender == '\0' || p.Gender == sex || p.GenderGuessed)
            .ToList();
        if (possible.Count == 1)
        {
            return possible[0];
        }

        var told = possible.Where(p => p.Gender == sex).ToList();
        return told.Count == 1 ? told[0] : null;
    }
}
