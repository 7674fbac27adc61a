using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Quantities;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which news agency reported the launch?", "what company built the ship?": the organisations the sentence names
/// that are of the kind asked, by the head of their name ("the Nordic News Agency", "the Ministry of Rural Affairs"),
/// by what the sentence calls them ("Aftonposten, a Stockholm newspaper", "state news agency KCNA"), or by the kind an
/// organisation known by name alone has ("Reuters"). A person never answers, nor an organisation of another kind: with
/// none of the kind asked, the passage has no answer.
/// </summary>
internal sealed class OrganizationExtractor : IAnswerExtractor
{
    /// <summary>Words before the kind noun that do not narrow it ("which state news agency", "the main company").</summary>
    private static readonly HashSet<string> Loose = new(StringComparer.Ordinal)
    {
        "state", "official", "government", "national", "public", "private", "local", "main", "top", "leading", "major", "big", "biggest", "largest",
        "other", "same", "new", "own", "first", "second",
    };

    /// <summary>How much of its fit an organisation keeps that only qualifies the noun after it ("the Foreign Ministry announcement").</summary>
    private const double Qualifying = 0.8;

    /// <summary>
    /// How much of its fit an organisation keeps whose sentence has less than half the question's words by their own
    /// stems: "The satellite was built by Norrsken Orbital" does not say who built the rocket's engines, though the
    /// sentence before names the rocket.
    /// </summary>
    private const double ElsewhereSaid = 0.5;

    public AnswerType Type => AnswerType.Organization;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var asked = question.OrganizationAsked;
        if (asked.Count == 0)
        {
            yield break;
        }

        var kind = OrganizationKinds.KindOf(asked.Count > 1 ? asked[^2] : null, asked[^1]);
        var qualifiers = asked.Take(asked.Count - kind.Split(' ').Length).Where(q => !Loose.Contains(q) && NumberWords.Value(q) is null && Countries([q]).Count == 0).ToList();
        var countries = Countries(asked);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in passage.Of(AnnotationKind.Organization))
        {
            var name = organization.TextIn(passage.Text);
            if (Spans.RepeatsQuestion(name, question, passage.Analyze) || !seen.Add(name))
            {
                continue;
            }

            var words = KindWords(passage, organization, name);
            if (!OrganizationKinds.IsOfKind(kind, words) || qualifiers.Any(q => !words.Contains(q)) || OfOtherCountry(countries, words))
            {
                continue;
            }

            var fit = (Qualifies(passage.Text, organization.End) ? Qualifying : 1.0) * (SaysMostOfQuestion(question, passage) ? 1.0 : ElsewhereSaid);
            yield return new AnswerCandidate(passage, Type, name, organization.Start, organization.End, fit) { Note = $"organisation, a {kind}" };
        }

        if (question.Category is not { } category)
        {
            yield break;
        }

        // "Fighters for a Free Korea, a defector group, sent ...": a name the sentence calls by the kind asked, read as no
        // organisation's at index time; never a person's, nor the words of the kind themselves ("two China-based shipping
        // companies" names none).
        foreach (var named in WhatExtractor.Named(passage, passage.Analysis.Tokens, category, question))
        {
            if (seen.Add(named.Answer) && !passage.Analyze(named.Answer).Contains(category)
                && !passage.Annotations.Any(a => a.Kind == AnnotationKind.Person && a.Start < named.End && a.End > named.Start)
                && qualifiers.All(q => Tokenizer.LowerWords(named.Answer).Contains(q)))
            {
                yield return named with { Type = Type };
            }
        }
    }

    /// <summary>Whether the sentence itself has at least half the weight of the question's words, each by its own stem.</summary>
    private static bool SaysMostOfQuestion(QuestionReading question, Passage passage)
    {
        double total = 0, own = 0;
        foreach (var term in question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name))
        {
            total += term.Weight;
            own += passage.Words.Contains(term.Stem) ? term.Weight : 0;
        }

        return total == 0 || own >= total / 2;
    }

    /// <summary>
    /// The words that say what an organisation is: its name's, the description set off after it (", a Stockholm
    /// newspaper,"), the lower-case words right before it ("state news agency KCNA", "the shipbuilder Daesan"), and the
    /// kind of one known by name alone.
    /// </summary>
    private static List<string> KindWords(Passage passage, Annotation organization, string name)
    {
        var words = Tokenizer.LowerWords(name).ToList();
        if (OrganizationKinds.KnownKind(name) is { } known)
        {
            words.AddRange(known.Split(' '));
        }

        var tokens = passage.Analysis.Tokens;
        var first = -1;
        var after = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            first = first < 0 && tokens[i].Start >= organization.Start ? i : first;
            after = after < 0 && tokens[i].Start >= organization.End ? i : after;
        }

        words.AddRange(Before(tokens, first));
        if (first >= 0 && OrganizationNames.KindBefore(tokens, first) is { } listed)
        {
            words.Add(listed);
        }

        words.AddRange(SetOffAfter(tokens, after));
        return words;
    }

    /// <summary>"state news agency KCNA", "the shipbuilder Daesan Marine": lower-case words right before the name, up to a function word.</summary>
    private static List<string> Before(List<Token> tokens, int first)
    {
        var words = new List<string>();
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || CommonWords.IsFunctionWord(tokens[k].Text))
            {
                break;
            }

            words.Insert(0, tokens[k].Text.ToLowerInvariant());
        }

        return words;
    }

    /// <summary>", a Stockholm newspaper,", ", a company based in Lulea": the description after a comma, up to its noun of a kind.</summary>
    private static List<string> SetOffAfter(List<Token> tokens, int after)
    {
        var words = new List<string>();
        if (after < 0 || after + 2 >= tokens.Count || tokens[after].Text != "," || tokens[after + 1].Text.ToLowerInvariant() is not ("a" or "an" or "the"))
        {
            return words;
        }

        for (var k = after + 2; k < tokens.Count && k <= after + 6; k++)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            if (!tokens[k].IsWord || CommonWords.IsFunctionWord(word))
            {
                break;
            }

            words.Add(word);
            if (OrganizationKinds.Describes(word))
            {
                break;
            }
        }

        return words;
    }

    /// <summary>The countries the words name, by name or demonym ("Japanese", "South Korea").</summary>
    private static HashSet<string> Countries(IEnumerable<string> words) => CountriesNamed.ByNameOrDemonym(string.Join(' ', words));

    /// <summary>"Which Japanese ministry ...?" is not answered by "South Korea's defence ministry": the organisation names another country.</summary>
    private static bool OfOtherCountry(HashSet<string> asked, List<string> words)
    {
        if (asked.Count == 0)
        {
            return false;
        }

        var own = Countries(words);
        return own.Count > 0 && !own.Overlaps(asked);
    }

    /// <summary>"The Foreign Ministry announcement came ...": a name before a lower-case noun qualifies it rather than acts.</summary>
    private static bool Qualifies(string text, int end)
    {
        var tokens = Tokenizer.Tokenize(text[end..]);
        if (tokens.Count == 0 || tokens[0] is not { IsWord: true, IsCapitalized: false } next)
        {
            return false;
        }

        var word = next.Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return relations.IsNoun(word) && !CommonWords.IsFunctionWord(word) && !(relations.IsVerb(word) && (word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal)));
    }
}
