using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>"Who is X?", "what is X's title?": a title or role the sentence gives the person asked about, as it states it.</summary>
internal sealed class TitleExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Title;

    private static readonly HashSet<string> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        "husband", "wife", "son", "daughter", "sister", "brother", "father", "mother", "uncle", "aunt", "cousin", "grandfather", "grandmother", "friend", "counterpart",
    };

    private static bool AsksOffice(QuestionReading question) =>
        question.Text.Split(' ').Any(w => w.Trim('?', '.').ToLowerInvariant() is "job" or "title" or "position" or "role" or "post" or "occupation" or "profession" or "rank");

    private static bool IsRelation(string title) =>
        title.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => Language.Words.RoleWords.IsHead(w)).All(Relations.Contains);

    /// <summary>
    /// "her son, Ri Sang Chol": the possessive says whose son he is, and "X is her son" would leave the asker to guess
    /// who "her" is. The pronoun becomes the person it refers to ("Lee Keum-seom's son"); a pronoun the reading could
    /// not resolve to another person gives no answer. "its spokesman" is kept as stated: its organisation is the one the
    /// article was just speaking of, and the reading does not resolve organisations.
    /// </summary>
    private static string? Owned(string words, int start, Passage passage, string asked)
    {
        if (WhoseOwner(passage, start, asked) is { } owner)
        {
            // "Ana Berg, 70, whose brother, Col. Ivo Berg, ...": the relative clause's person owns the relation.
            return owner + "'s " + words;
        }

        var space = words.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || words[..space].ToLowerInvariant() is not ("his" or "her"))
        {
            return words;
        }

        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            if (person.Start == start && person.Value != asked)
            {
                return person.Value + "'s" + words[space..];
            }
        }

        return null;
    }

    /// <summary>
    /// What a title of a role held before ("a retired Marine general", "a former envoy") keeps of its fit: who someone
    /// is, asked, is first the office they hold now ("Chief of Staff John Kelly, a retired Marine general").
    /// </summary>
    private const double PastRole = 0.85;

    /// <summary>Whether a title says a role held before: "former", "retired", "onetime" or "ex-" in it.</summary>
    private static bool IsPast(string stated) =>
        stated.Split(' ').Any(w => w.Trim(',').ToLowerInvariant() is "former" or "retired" or "onetime" || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What a title set off before the name keeps of its fit when an apposition after the name gives another: "Another
    /// member of the crew, Ola Berg, a retired pilot, said" tells his part in the story before the name, and who he is
    /// after it.
    /// </summary>
    private const double SetOffBefore = 0.8;

    /// <summary>Whether <paramref name="title"/> is set off by a comma right before the name, and another title of the person follows the name.</summary>
    private static bool SetOffBeforeApposition(Passage passage, Annotation title, string name)
    {
        return passage.Of(AnnotationKind.Person).Where(p => p.Value == name && !p.IsReference && p.Start >= title.End).Take(1)
            .Any(mention => passage.Text[title.End..mention.Start].Trim() == ","
                && passage.Of(AnnotationKind.Title).Any(t => t.Value == title.Value && t.Start >= mention.End));
    }

    /// <summary>
    /// The person "whose" right before a title refers to ("Ana Berg, 70, of Lund, whose brother, ..."): the nearest
    /// other person named before it in the sentence, or null when no "whose" stands there.
    /// </summary>
    private static string? WhoseOwner(Passage passage, int start, string asked)
    {
        var before = passage.Text[..start].TrimEnd();
        if (!before.EndsWith(" whose", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var whose = before.Length - "whose".Length;
        return passage.Of(AnnotationKind.Person).Where(p => p.End <= whose && p.Value != asked).OrderBy(p => p.End).Select(p => p.Value).LastOrDefault();
    }

    /// <summary>What an abbreviated rank alone keeps of its fit: "a sergeant" says less of who someone is than a role told around the name.</summary>
    private const double RankOnly = 0.8;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var given = new List<AnswerCandidate>();
        foreach (var candidate in Given(question, passage))
        {
            given.Add(candidate);
            yield return candidate;
        }

        foreach (var joined in TitleAroundName.Join(passage, given))
        {
            yield return joined with { Fit = Fit(joined.Answer, passage, null, joined.Person!) };
        }
    }

    /// <summary>
    /// How well a title says who someone is. A longer title says more ("the special representative for U.S. Affairs of
    /// ..." over "North Korean counterpart"); one that runs something ("runs Polar Lines") heads it, as a role's head says.
    /// </summary>
    private static double Fit(string stated, Passage passage, Annotation? title, string person)
    {
        // "a retired fisherman": a noun of a kind of person (WordNet's) ends the title as an office's head does.
        var last = stated.Split(' ')[^1].Trim(',');
        var headed = stated.Split(' ').Any(w => Language.Words.RoleWords.IsHead(w.Trim(',')) && w != "counterpart") || Language.Reading.TitleFinder.SaidAsDeed(stated)
            || (last.Length > 0 && char.IsLower(last[0]) && Language.Relations.PersonNouns.IsSaidOfPerson(last));
        return Math.Min(1.0, 0.6 + (stated.Split(' ').Length * 0.05)) * (headed ? 1.0 : 0.6) * (IsPast(stated) ? PastRole : 1.0)
            * (title is { } set && SetOffBeforeApposition(passage, set, person) ? SetOffBefore : 1.0);
    }

    /// <summary>The titles the sentence gives the person asked about, each as a candidate of its own.</summary>
    private static IEnumerable<AnswerCandidate> Given(QuestionReading question, Passage passage)
    {
        var asked = question.People.SelectMany(p => p.Candidates).ToList();
        foreach (var title in passage.Of(AnnotationKind.Title))
        {
            var person = asked.FirstOrDefault(c => c.Key == title.Value);
            if (person is null)
            {
                continue;
            }

            // "Norway's deputy fisheries minister, Ine Berg": the title read without the plain words that open its noun
            // after "'s" still has them; "minister" alone says less of who she is than the sentence does.
            var opening = AskedRoleFit.OfficeStart(passage.Text, title.Start);
            var stated = passage.Text[opening..title.End];
            var words = Owned(stated, opening, passage, person.Name);
            if (words is null)
            {
                continue;
            }

            if (AsksOffice(question) && IsRelation(stated))
            {
                // "her husband Jared Kushner" says who he is to her, not what his job is.
                continue;
            }

            if (Language.Words.RankAbbreviations.Spelled(stated) is { } rank)
            {
                // "Sgt." alone is no answer to who someone is: its rank, spelled out, is.
                yield return new AnswerCandidate(passage, AnswerType.Title, rank, title.Start, title.End, Fit(rank, passage, title, person.Name) * RankOnly)
                    { Note = "rank given to " + person.Name, Person = person.Name };
                continue;
            }

            yield return new AnswerCandidate(passage, AnswerType.Title, words, title.Start, title.End, Fit(stated, passage, title, person.Name)) { Note = "title given to " + person.Name, Person = person.Name };
        }
    }
}
