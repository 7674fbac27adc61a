using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;
/// <summary>
/// "Who is the [role]?": how much of the asked role a title the sentence gives a person has — each office of the title
/// weighed apart, spelt as the question spells it, and lowered when a qualifier, owner or country of the office is not
/// the one asked ("a former ambassador", "the South's co-head", "China's foreign minister" asked of North Korea's).
/// </summary>
internal static partial class AskedRoleFit
{
    /// <summary>How much of the asked role a title the sentence gives this person has.</summary>
    public static double Of(QuestionReading question, Passage passage, Annotation person)
    {
        var key = ArticlePerson.KeyOf(person.Value);
        var best = 0.0;
        foreach (var title in passage.Of(AnnotationKind.Title).Where(t => t.Value == key))
        {
            // "North Korea's chief negotiator and a former ambassador to Vietnam": two offices in one apposition, each
            // weighed on its own, so that "former" lowers only the office it qualifies.
            var start = OfficeStart(passage.Text, title.Start);
            var owner = Possessor(passage.Text, start);
            var otherPersons = OtherPersonsRole.Is(question, passage, title) ? OtherPersonsRole.Weight : 1.0;
            var ownerNamed = OwnerNamedBefore.Words(passage, title);
            foreach (var office in Offices(passage.Text[start..title.End]).Select(o => SpeltOut(question, o)))
            {
                best = Math.Max(best, otherPersons * OfficeFit(question, passage, office, owner, title.Start == 0, ownerNamed));
            }
        }

        return best;
    }

    /// <summary>
    /// The offices of one title, each weighed apart: those joined by "and", and the one a relative clause says is held
    /// now ("a former diplomat who is now chair of ...") or was given ("who was named the office's secretary general"),
    /// which a title has only after its verb of naming (TitleFinder.HeldNow).
    /// </summary>
    private static string[] Offices(string title) =>
        OfficeBreak().Split(title).Select(o => o.Trim()).Where(o => o.Length > 0).ToArray();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:and|who\s+is(?:\s+now|\s+currently)?|who\s+was\s+(?:named|appointed|elected|re-elected|reelected|nominated|chose|picked|tapped|designated|installed|confirmed|promoted))\s")]
    private static partial System.Text.RegularExpressions.Regex OfficeBreak();

    /// <summary>"chancellor of PUST" asked as the chancellor of "the Pyongyang University of Science and Technology": the office with the name the question spells out (and the acronym the question writes for a name the office spells).</summary>
    private static string SpeltOut(QuestionReading question, string office)
    {
        foreach (var (acronym, words) in Language.AcronymRuns.In(question.Text, Language.Tokenizer.Tokenize(office)))
        {
            office = System.Text.RegularExpressions.Regex.Replace(office, $@"\b{acronym}\b", string.Join(' ', words));
        }

        // "Korea chair at the Center for Strategic and International Studies" asked as the Korea chair "at CSIS": the
        // office also carries the acronym the question writes for its name.
        foreach (var (acronym, _) in Language.AcronymRuns.In(office, Language.Tokenizer.Tokenize(question.Text)))
        {
            office += " " + acronym;
        }

        return office;
    }

    /// <summary>
    /// "the Seed Bank's field director in Oslo, Ana Ruiz": a title read without the lower-case words that open its noun
    /// ("field", "country") still has them, up to two plain words right after a possessive "'s", and its owner
    /// with them. Those words are the office's own: "former" among them lowers the office as it would in the title.
    /// </summary>
    internal static int OfficeStart(string text, int titleStart)
    {
        var before = text[..titleStart];
        var match = OpeningWords().Match(before);
        return match.Success && match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !CommonWords.IsFunctionWord(w))
            ? match.Groups[1].Index : titleStart;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"['\u2019]s ((?:[a-z][a-z-]+ ){1,2})$")]
    private static partial System.Text.RegularExpressions.Regex OpeningWords();

    /// <summary>
    /// "Japan's Defence Minister Itsunori Onodera": the capitalized words with "'s" right before a title, whose office it
    /// is; empty when there are none.
    /// </summary>
    private static string Possessor(string text, int titleStart)
    {
        var before = text.AsSpan(0, titleStart).TrimEnd();
        if (!(before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return string.Empty;
        }

        var words = before[..^2].ToString().Split(' ');
        var capitalized = words.Reverse().Take(3).TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith(',')).Reverse();
        return string.Join(' ', capitalized);
    }

    /// <summary>How much of the asked role one office has (<paramref name="owner"/>: whose office the sentence says it is).</summary>
    private static double OfficeFit(QuestionReading question, Passage passage, string office, string owner, bool opensSentence, IReadOnlyList<string> ownerNamed)
    {
        // A copy: Analyze hands out the passage's cached list, which the demonyms must not be written into.
        // "the agency's spokesman" after "The Fisheries Agency ...": the owner's words, as the sentence named it earlier.
        var words = new List<string>(passage.Analyze(office));
        words.AddRange(ownerNamed);

        // "The Seed Bank's field director, Ana Ruiz": the owner the title is said of by "'s" names the office as
        // much as "field director of the Seed Bank" would.
        if (owner.Length > 0)
        {
            words.AddRange(passage.Analyze(owner));
        }

        words.AddRange(DemonymCountries(office).SelectMany(passage.Analyze));

        // "the U.N. envoy" holds the UN envoy's office: its acronym said without the stops, as the question may write it.
        words.AddRange(office.Split(' ').Where(w => w.Contains('.') && w.Trim('.').Length > 1).SelectMany(w => passage.Analyze(w.Replace(".", string.Empty, StringComparison.Ordinal))));

        // "South Korea's presidential office welcomed the news. Its spokesman, Kim Eui-kyeom, ...": an office said of
        // "its" or "their" is of what the sentence before spoke of.
        // "South Korea's Unification Ministry said it was ready to help. Spokeswoman Yoh Sang-key said ...": a bare role
        // word opening the sentence, with no owner of its own, is the office of what the sentence before spoke of, too.
        var said = office.Split(' ', 2)[0].ToLowerInvariant() is "its" or "their" || (opensSentence && owner.Length == 0 && IsBareRole(office)) ? passage.Before : null;
        var held = question.AskedRole.Where(w => words.Contains(w) || said?.Contains(w) == true).ToList();
        var heldOffice = held.Any(w => question.Terms.Any(t => t.Stem == w && RoleWords.IsRoleWord(t.Word.ToLowerInvariant())));
        var share = question.AskedRole.Sum(w => held.Contains(w) ? 1.0 : heldOffice ? QualifierInSentence(question, passage, w) : 0.0) / question.AskedRole.Count;

        // "under secretary", "deputy minister", "former envoy" is not the secretary, the minister, the envoy asked about.
        var rank = office.Split(' ').Select(w => w.ToLowerInvariant()).FirstOrDefault(w => w is "under" or "deputy" or "vice" or "assistant" or "acting" or "former" or "ex" or "late");
        if (rank is not null && !question.Text.Contains(rank, StringComparison.OrdinalIgnoreCase))
        {
            // Another office, not a lesser match of the one asked: "who is the Treasury secretary?" is not answered
            // by the Treasury's under secretary, however well the rest of the sentence fits.
            share *= 0.1;
        }

        // "Who leads the party?" is not answered by "a lawmaker of the party": the office must lead what it is of.
        if (question.AsksHead && !office.Split(' ').Any(w => RoleWords.Leading.Contains(w.Trim(',', '.'))))
        {
            share *= 0.1;
        }

        if (OfficeOfTheBody.IsOtherOffice(question, passage.Analyze, office))
        {
            // "the Unification Ministry spokesman" is not the unification minister asked about.
            share *= OfficeOfTheBody.Weight;
        }

        if (OtherQualifier(question, passage, office))
        {
            // "a spokesman for the Ministry of Foreign Affairs" is not the defence ministry's spokesman asked about.
            share *= 0.1;
        }

        if (OfOtherCountry(question, owner.Length > 0 ? owner + " " + office : office))
        {
            // "China's ambassador to the United Nations" is not the North Korean ambassador asked about, however many
            // of the role's other words it has.
            share *= 0.1;
        }

        if (OtherOfficeHead.Is(question, office, held))
        {
            // "minister of state for external affairs" is not the spokesperson asked about.
            share *= OtherOfficeHead.Weight;
        }

        if (OtherThingOfOffice.Is(question, passage, office))
        {
            // "keeper of the Skarvik Marine Museum" is not the lighthouse keeper asked about, though the sentence tells of the lighthouse.
            share *= OtherThingOfOffice.Weight;
        }

        if (ItsOwner.IsOther(question, passage, office))
        {
            // "The Tern ran aground. Its skipper, ..." is not the Danish trawler's skipper asked about.
            share *= ItsOwner.Weight;
        }

        if (OtherSexRole.Is(question, office))
        {
            // "ministry spokesman Baik" is not the ministry's spokeswoman asked about.
            share *= OtherSexRole.Weight;
        }

        if (CompassSide.IsOther(question, office))
        {
            // "The South's co-head" is not the North Korean co-head asked about.
            share *= CompassSide.Weight;
        }

        if (HostOffice.OfOtherCountry(question, passage, owner.Length > 0 ? owner + " " + office : office))
        {
            // "OSLO - ... Foreign Minister Ine Berg": the office of the country the story is filed from.
            share *= HostOffice.Weight;
        }

        return share;
    }

    /// <summary>"Spokeswoman", "Chairman": an office of one role word, which says of nothing whose office it is.</summary>
    private static bool IsBareRole(string office)
    {
        var words = office.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is [var one] && RoleWords.IsHead(one.Trim(',', '.').ToLowerInvariant());
    }

    /// <summary>How much of a word of the asked role counts that the office lacks and the sentence has.</summary>
    private const double InSentence = 0.8;

    /// <summary>
    /// "Who is the captain of the South Korean team?" and "The South Korean squad ..., led by captain Son Heung-min": a
    /// common word of the asked role that is no office ("team") but says of what it is, which the sentence has outside
    /// the title (itself or by a related word), counts for a little less than one in the title, once the title holds an
    /// office asked ("captain"). A name ("the Liberty Korea Party", "Red Cross") must be the title's own: the sentence
    /// may name it as another's.
    /// </summary>
    private static double QualifierInSentence(QuestionReading question, Passage passage, string stem)
    {
        var term = question.Terms.FirstOrDefault(t => t.Stem == stem);
        return term is { Role: TermRole.Content } && !RoleWords.IsRoleWord(term.Word.ToLowerInvariant())
            && (passage.Words.Contains(stem) || term.Related.Any(passage.Words.Contains)) ? InSentence : 0.0;
    }

    /// <summary>
    /// The office names a country (by name, capital or demonym) that the question does not, while the question names
    /// one of its own: it is the office of another country. "The U.S. ambassador to Seoul" still fits "the US
    /// ambassador to South Korea" (a capital stands for its country). The question's countries are read once with it.
    /// </summary>
    private static bool OfOtherCountry(QuestionReading question, string office)
    {
        var asked = question.Countries;
        return asked.Count > 0 && Language.World.CountriesNamed.In(office, anyCase: false).Any(c => !asked.Contains(c));
    }

    /// <summary>
    /// The question qualifies a noun of the role ("defence" of "the defence ministry spokesman") that the office has
    /// without that word but with a qualifier of its own ("the Foreign Ministry", "the Ministry of Foreign Affairs"): the
    /// office is another one. An office with the noun alone ("Ministry spokesman") only leaves the qualifier unsaid; a
    /// country ("China's Ministry", "the Chinese Ministry") says whose it is, not which.
    /// </summary>
    private static bool OtherQualifier(QuestionReading question, Passage passage, string office)
    {
        var role = question.AskedRole;
        var tokens = Language.Tokenizer.Tokenize(office);
        var stems = tokens.Select(t => t.IsWord ? passage.Analyze(t.Text) : []).ToList();
        var all = stems.SelectMany(s => s).ToList();
        for (var q = 0; q + 1 < role.Count; q++)
        {
            // Only a word of offices that the office lacks, by itself and by a related form ("Defense" for "defence"),
            // can be contradicted: "defence", "foreign", "security" tell offices apart; another word of the question
            // ("Japanese", "leader" of "the leader's sister") may be said of the office in other words.
            var term = question.Terms.FirstOrDefault(t => t.Stem == role[q]);
            if (term is null || !RoleWords.Modifiers.Contains(term.Word) || all.Contains(role[q]) || term.IsIn(all))
            {
                continue;
            }

            var noun = stems.FindIndex(s => s.Contains(role[q + 1]));
            // A place ("Korea" of "U.S. Forces Korea") is no noun of an office that a qualifier could tell apart.
            if (noun >= 0 && !InPlaceName(tokens, noun) && (OwnQualifier(tokens, stems, noun - 1, role) || (noun + 2 < tokens.Count && tokens[noun + 1].Text is "of" or "for" && OwnQualifier(tokens, stems, noun + 2, role))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the office's word at <paramref name="at"/> qualifies a noun, as a word the role asked does not have: no function word, rank, country or demonym.</summary>
    private static bool OwnQualifier(List<Language.Token> tokens, List<List<string>> stems, int at, IReadOnlyList<string> role)
    {
        if (at < 0 || at >= tokens.Count || !tokens[at].IsWord || stems[at].Count == 0 || stems[at].Any(role.Contains))
        {
            return false;
        }

        // An office's own qualifier is a name's word ("Foreign" of "the Foreign Ministry") or a word of offices
        // ("foreign ministry"); "younger" of "his younger sister" says no other office.
        var word = tokens[at].Text;
        var lower = word.ToLowerInvariant();
        return (tokens[at].IsCapitalized || RoleWords.IsRoleWord(lower)) && !Language.Words.CommonWords.IsFunctionWord(lower) && !RoleWords.IsHead(lower)
            && lower is not ("former" or "ex" or "acting" or "deputy" or "vice" or "under" or "assistant" or "chief" or "senior" or "top" or "new" or "then")
            && !InPlaceName(tokens, at);
    }

    /// <summary>Whether the token at <paramref name="at"/> is part of a place's name or demonym ("Korean" of "South Korean").</summary>
    private static bool InPlaceName(List<Language.Token> tokens, int at)
    {
        for (var k = Math.Max(0, at - 3); k <= at; k++)
        {
            if (Language.World.Gazetteer.Default.Match(tokens, k, anyCase: true, out _) > at - k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Chinese President Xi Jinping" holds China's presidency: the countries an office's demonyms name.</summary>
    internal static IEnumerable<string> DemonymCountries(string office)
    {
        var tokens = Language.Tokenizer.Tokenize(office);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Language.World.Gazetteer.Default.Match(tokens, i, anyCase: false, out var places);
            if (length > 0 && places.FirstOrDefault(p => p.IsDemonym)?.Country is { } country)
            {
                yield return country;
                i += length - 1;
            }
        }
    }
}
