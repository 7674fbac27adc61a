using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Language.Reading;

/// <summary>
/// The people of one article, as it names them, and how its short forms resolve: "Biegun" to Stephen Biegun,
/// "Chairman Kim" to the Kim called chairman (or, failing that, the Kim mentioned last), "the envoy" to the person
/// last given a title of that kind.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<ArticlePerson> _people = [];

    public IReadOnlyList<ArticlePerson> All => _people;

    /// <summary>The person with this full name (the same person if the words match, initials aside), added if new.</summary>
    public ArticlePerson Register(string name, int sentence)
    {
        var key = ArticlePerson.KeyOf(name);
        var words = ArticlePerson.NameWords(name);
        var person = _people.FirstOrDefault(p => p.Key == key)
            ?? _people.FirstOrDefault(p => words.Count >= 2 && p.Words.Count > words.Count && SameEnds(p.Words, words));
        if (person is null)
        {
            person = new ArticlePerson(name);
            _people.Add(person);
        }
        else
        {
            person.Lengthen(name);
        }

        person.LastSentence = sentence;
        return person;
    }

    /// <summary>
    /// The person a single name word refers to ("Kim", "Biegun"), or null: among those whose name has the word, the one
    /// whose titles fit <paramref name="titleHint"/> best, then the one mentioned last; one of <paramref name="avoid"/>
    /// (named inside the quotes of the same sentence) only when no other person introduced has the word.
    /// </summary>
    public ArticlePerson? ByName(string word, string? titleHint, IReadOnlySet<ArticlePerson>? avoid = null)
    {
        var lower = word.ToLowerInvariant();
        ArticlePerson? best = null;
        var bestScore = (Fit: -1, Last: -1);
        foreach (var person in _people)
        {
            if (!person.Words.Contains(lower))
            {
                continue;
            }

            // Someone already introduced comes first; one named only later in the article is a last resort.
            // A relative introduced as such ("Ivanka Trump, the president's daughter") is told apart by her first name,
            // so the bare surname stays with the other person who has it.
            var score = (Fit: (person.LastSentence >= 0 ? 10 : 0) + (titleHint is null ? 0 : TitleFit(person, titleHint)) - (IsRelative(person) ? 5 : 0) - (avoid?.Contains(person) == true ? 5 : 0), person.LastSentence);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (person, score);
            }
        }

        return best;
    }

    /// <summary>Whether a title says the person is someone's relative ("the president's daughter", "his wife").</summary>
    private static bool IsRelative(ArticlePerson person) =>
        person.Titles.Any(t => TitleWords(t).Any(w => w.ToLowerInvariant() is "daughter" or "son" or "wife" or "husband" or "sister" or "brother" or "mother" or "father"
            or "niece" or "nephew" or "uncle" or "aunt" or "cousin" or "grandson" or "granddaughter" or "grandfather" or "grandmother" or "son-in-law" or "daughter-in-law"));

    /// <summary>The person last given a title with <paramref name="roleWord"/> or a word WordNet relates to it ("the envoy").</summary>
    public ArticlePerson? ByRole(string roleWord)
    {
        var related = WordRelations.Default.Related(roleWord.ToLowerInvariant(), Relation.Synonym | Relation.Hypernym);
        return _people
            .Where(p => p.Titles.Any(t => TitleWords(t).Any(w => w.Equals(roleWord, StringComparison.OrdinalIgnoreCase) || related.Contains(w))))
            .OrderByDescending(p => p.LastSentence)
            .FirstOrDefault();
    }

    /// <summary>
    /// For "he" opening a paragraph: among the people mentioned in the last few sentences, the one the article has
    /// mentioned most (the story's protagonist rather than whoever was named last).
    /// </summary>
    public ArticlePerson? MostMentioned(int beforeSentence) =>
        _people.Where(p => p.LastSentence >= 0 && p.LastSentence <= beforeSentence && p.LastSentence >= beforeSentence - 4)
            .OrderByDescending(p => p.Mentions).ThenByDescending(p => p.LastSentence).FirstOrDefault();

    /// <summary>Forgets when each person was last mentioned, before the reading pass goes through the article in order.</summary>
    public void StartReading()
    {
        foreach (var person in _people)
        {
            person.LastSentence = -1;
        }
    }

    /// <summary>The first person the article's lead names: its protagonist, whom "the envoy" means when no title says otherwise.</summary>
    public ArticlePerson? Lead { get; set; }

    public ArticlePerson? MentionedLast(int beforeSentence) =>
        _people.Where(p => p.LastSentence <= beforeSentence).OrderByDescending(p => p.LastSentence).FirstOrDefault();

    /// <summary>How many of the hint's role words a title of the person has; a "vice chairman" is no "chairman".</summary>
    private static int TitleFit(ArticlePerson person, string hint)
    {
        var wanted = TitleWords(hint).Where(RoleWords.IsRoleWord).ToList();
        var fits = person.Titles
            .Where(t => !TitleWords(t).Any(w => w is "vice" or "deputy" or "under" or "assistant" or "former" or "ex" && !wanted.Contains(w)))
            .Select(t => TitleWords(t).Count(wanted.Contains));
        return fits.DefaultIfEmpty(0).Max();
    }

    private static IEnumerable<string> TitleWords(string title) =>
        title.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    private static bool SameEnds(IReadOnlyList<string> longer, List<string> shorter) =>
        longer[0] == shorter[0] && longer[^1] == shorter[^1];
}
