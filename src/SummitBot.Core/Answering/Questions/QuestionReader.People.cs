using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>The people and roles a question asks about: who holds a role, whose role, who did something in a role.</summary>
internal static partial class QuestionReader
{
    /// <summary>"Biegun's deputy", "Bennett's boss", "her Japanese counterpart": a role said of the person named, whose holder is asked for.</summary>
    private static bool RoleOfNamed(List<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Possessive)
            {
                continue;
            }

            // "Kang's Japanese counterpart", "Biegun's North Korean counterpart": a role word may come after a few qualifiers.
            for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].IsWord; k++)
            {
                if (RoleWords.IsRoleWord(tokens[k].Text) || KindOfPersonEnds(tokens, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Who is Berg's lawyer?", "who is Holm's assistant coach?": a kind of person (WordNet's, no office) that ends the
    /// question after the possessive asks who holds that place for the one named, as an office does, not who the one
    /// named is.
    /// </summary>
    private static bool KindOfPersonEnds(List<Token> tokens, int k) =>
        tokens[k].IsWord && Language.Relations.PersonNouns.IsSaidOfPerson(tokens[k].Text)
        && tokens.Skip(k + 1).All(t => !t.IsWord && t.Kind != TokenKind.Possessive);

    /// <summary>
    /// "Who was Kim Jong Il to Kim Jong Un?": who the first person is to the second (his father), which the first's
    /// title says ("his father, Kim Jong Il"), not a third person of the sentence that names them both.
    /// </summary>
    private static bool IsRelationTo(List<string> words, List<NamedPerson> people) =>
        people is [{ ByRole: false } first, { ByRole: false } second] && words.Count > 1
        && string.Join(' ', words) == $"who {words[1]} {first.Words} to {second.Words}" && words[1] is "is" or "was" or "are" or "were" or "s";

    /// <summary>
    /// "Who heads North Korea's Red Cross?", "who runs the lab?": the one whose office is the head of what is named, as
    /// "who is the head of ...?" asks. Read as someone doing something, any leader in a sentence that names the
    /// organisation in passing answered ("North Korean leader Kim Jong Un" for the Red Cross); the office must say it.
    /// </summary>
    private static bool AsksHead(List<string> words) => HeadingVerbEnd(words) >= 0;

    /// <summary>
    /// Where the words after the verb of running a body right after "who" start ("who runs | the lab", "who ran | the
    /// bank", "who was running | the bank"), or -1. A past tense of running is read only before a body, not a preposition
    /// ("who ran for office?").
    /// </summary>
    private static int HeadingVerbEnd(List<string> words)
    {
        var who = words.IndexOf("who");
        if (who < 0 || who + 1 >= words.Count)
        {
            return -1;
        }

        if (QuestionWords.Heading.Contains(words[who + 1]))
        {
            return who + 2;
        }

        var verb = words[who + 1] is "is" or "was" or "are" or "were" ? who + 2 : who + 1;
        return verb + 1 < words.Count && QuestionWords.HeadedBefore.Contains(words[verb]) && (verb == who + 2) == words[verb].EndsWith("ing", StringComparison.Ordinal)
            && !CommonWords.IsPreposition(words[verb + 1])
            ? verb + 1
            : -1;
    }

    /// <summary>Prepositions of being or going together, which hold both ways: who sat beside her sat beside whom she sat beside.</summary>
    private static readonly HashSet<string> Together = new(StringComparer.Ordinal) { "beside", "alongside", "with", "next", "opposite", "behind" };

    /// <summary>
    /// "Who sat beside Kim Jung-sook?": the preposition of being together after the question's verb and before the name
    /// it asks of ("next" for "next to"), or null (see <see cref="QuestionReading.CompanionPreposition"/>).
    /// </summary>
    private static string? CompanionPreposition(List<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            var name = word == "next" && i + 2 < tokens.Count && tokens[i + 1].Is("to") ? i + 2 : i + 1;
            if (Together.Contains(word) && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && tokens[name].IsCapitalized)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Verbs of leading a side: "who led/headed/represented ...".</summary>
    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        "led", "leads", "lead", "headed", "heads", "head", "represented", "represents", "represent", "chaired", "chairs", "commanded", "commands",
    };

    /// <summary>
    /// "Who led North Korea's side at the talks?", "who headed the Japanese delegation to Geneva?": the countries named
    /// (by name or demonym) in what "who" leads, up to its first preposition; the one asked for is of that country.
    /// "Who led the talks with North Korea?" names none: the country comes after "with".
    /// </summary>
    private static HashSet<string> SideOf(List<string> words)
    {
        var who = words.IndexOf("who");
        if (who < 0 || who + 2 >= words.Count)
        {
            return [];
        }

        if (!LeadingVerbs.Contains(words[who + 1]))
        {
            return ActedFor(words, who);
        }

        var led = words.Skip(who + 2).TakeWhile(w => !CommonWords.IsPreposition(w) && w is not ("and" or "or" or "when" or "where"));
        return Language.World.CountriesNamed.ByNameOrDemonym(string.Join(' ', led));
    }

    /// <summary>
    /// "Who signed the deal for South Korea?", "who signed for the US?": a country named whole after the question's last
    /// "for", at its end, is the one the person asked acted for, as a side led is. "The us" is the country, not the pronoun.
    /// </summary>
    private static HashSet<string> ActedFor(List<string> words, int who)
    {
        var at = words.LastIndexOf("for");
        if (at <= who + 1 || IsIdentity(words))
        {
            return [];
        }

        var named = words.Skip(at + 1).ToList();
        var the = named.Count > 0 && named[0] == "the";
        named = the ? named[1..] : named;
        if (named.Count is 0 or > 3)
        {
            return [];
        }

        var text = string.Join(' ', named.Select(w => the && w is "us" or "uk" ? w.ToUpperInvariant() : w));
        var countries = Language.World.CountriesNamed.ByNameOrDemonym(text);

        // The words must be the country's name and nothing more: "for north korea's nuclear program" names a thing.
        return countries.Count > 0 && Language.World.CountriesNamed.Spans(Language.Tokenizer.Tokenize(text), anyCase: true).Sum(s => s.Length) == named.Count ? countries : [];
    }

    /// <summary>"Who was the North Korean official who told ...?": the role's head before "who" or "that", or null.</summary>
    private static string? DoerRole(List<string> words)
    {
        if (words.Count < 5 || words[0] != "who" || words[1] is not ("is" or "was" or "are" or "were") || words[2] != "the")
        {
            return null;
        }

        for (var k = 3; k < words.Count - 1 && k <= 6; k++)
        {
            if (words[k + 1] is "who" or "that" && RoleWords.IsHead(words[k]))
            {
                return words[k];
            }
        }

        return null;
    }

    /// <summary>"who is/was [the] ..." with no verb after it: who someone is, not who did something.</summary>
    /// <remarks>"Who was the captain of the Danish sailing ship?": an "-ing" word right after a demonym qualifies a noun, as one after an article does, and is no verb of the question.</remarks>
    internal static bool IsIdentity(List<string> words)
    {
        var who = words.IndexOf("who");
        return who >= 0 && who + 1 < words.Count && words[who + 1] is "is" or "was" or "are" or "were" or "s"
            && !Enumerable.Range(who + 2, Math.Max(0, words.Count - who - 2)).Any(k => SpeechVerbs.IsSpeechVerb(words[k]) || words[k] is "will" or "did" or "does" or "met" or "meet" or "meets" or "leads" or "led" or "hosted" or "hosts"
                || (words[k].Length > 5 && words[k].EndsWith("ing", StringComparison.Ordinal) && !IsArticle(words[k - 1]) && !OfCountry(words, k - 1)))
            && !(who + 2 < words.Count && words[who + 2].Length > 4 && words[who + 2].EndsWith("ed", StringComparison.Ordinal))
            && !HasPassiveClause(words, who + 3);
    }

    /// <summary>
    /// "Who is the new base named after?", "who was the race won by?": a past participle after the thing named, closing
    /// the question or before a preposition, makes it a passive clause about that thing; the person asked is the one
    /// the clause names ("named after Gen. Walker"), not someone who holds "the new base" as a title. One before its
    /// noun ("the newly appointed envoy") only qualifies the title.
    /// </summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "when", "while", "where", "after", "before", "because", "since", "until", "if", "as", "that", "who", "which",
    };

    private static bool HasPassiveClause(List<string> words, int from)
    {
        var relations = Language.Relations.WordRelations.Default;
        for (var k = Math.Max(from, 1); k < words.Count; k++)
        {
            if (Subordinators.Contains(words[k]))
            {
                // "who was the head of state when the launches happened?": a verb of a clause of its own.
                return false;
            }

            if (relations.IsPastForm(words[k]) && !IsArticle(words[k - 1]) && !CommonWords.IsFunctionWord(words[k - 1])
                && (k + 1 == words.Count || CommonWords.IsPreposition(words[k + 1]) || words[k + 1] is "for" or "after" or "before"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the acting secretary", "an outgoing envoy": a word in "-ing" right after an article qualifies the title that
    /// follows; it is no verb of a doing asked ("who is meeting Kim?").
    /// </summary>
    private static bool IsArticle(string word) => word is "the" or "a" or "an";

    /// <summary>"Danish", "North Korean": the word at <paramref name="at"/> ends a country's demonym, which qualifies the noun after it.</summary>
    private static bool OfCountry(List<string> words, int at) =>
        Language.World.Gazetteer.Default.Find(words[at]).Any(p => p.IsDemonym)
        || (at > 0 && Language.World.Gazetteer.Default.Find(words[at - 1] + " " + words[at]).Any(p => p.IsDemonym));

    /// <summary>"Who is the US envoy?": the role's words, analyzed, that the answer's title must have.</summary>
    private static List<string> RoleWordsOf(List<string> words, HashSet<string> names, AnsweringModel model)
    {
        var who = words.IndexOf("who");
        var from = HeadingVerbEnd(words) is > 0 and var end ? end : who + 2;
        var rest = string.Join(' ', words.Skip(from).Where(w => (!QuestionWords.Frame.Contains(w) || RoleWords.IsRoleWord(w)) && !names.Contains(w)));
        return model.Snapshot.Analyzer.Terms(rest);
    }
}
