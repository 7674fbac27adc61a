using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// People and organisations who did or said something: the people read from the sentence (by full name, even where
/// it says "he" or "Kim"), other than those the question names. For "who is the [role]?", the person the sentence
/// gives that title fits best.
/// </summary>
internal sealed partial class PersonExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Person;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (question.AskedRole.Count == 0 && List(question, passage) is { } list)
        {
            yield return list;
        }

        var agent = question.AskedRole.Count == 0 ? Agent(question, passage) : null;
        if (agent is { } by && !passage.Annotations.Any(a => a.Kind is AnnotationKind.Person or AnnotationKind.Organization && a.Start >= by.Start && a.Start < by.PhraseEnd))
        {
            // "images analysed by 38 North": a name the reader did not take for a person or an organisation is still
            // the one who did it.
            var words = passage.Text[by.Start..by.End];
            seen.Add(words);
            yield return new AnswerCandidate(passage, Type, words, by.Start, by.End, AgentFit) { Note = "agent of the asked verb" };
        }

        var owner = question.AskedRole.Count == 0 ? OwnedBody.Owner(question, passage) : null;
        if (owner is { } owning && OwnedBody.CountryOf(passage, owning, DemonymCountries) is { } country && !Spans.RepeatsQuestion(country, question, passage.Analyze) && seen.Add(country))
        {
            // "his government lodged a protest", his title "Japanese Prime Minister": Japan did it.
            yield return new AnswerCandidate(passage, Type, country, owning.Start, owning.End, OwnedBody.CountryFit) { Note = "country of the body that did it" };
        }

        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            if (Spans.IsAsked(person.Value, question, passage) || !seen.Add(person.Value))
            {
                continue;
            }

            var fit = question.AskedRole.Count == 0 ? (person.IsReference ? 0.85 : 1.0) * (OnlyReports(question, passage, person) ? OnlyReported : 1.0) : RoleFit(question, passage, person);
            if (question.DoerRole is { } role && UnnamedDoer(passage.Text, role, person))
            {
                // "a North Korean official came ... and told Pompeo that the men had been pardoned by Kim Jong Un": the
                // official who did it is not named; the other people of the sentence are not that official.
                fit *= UnnamedRole;
            }

            if (agent is { } doer && (person.Start < doer.Start || person.Start >= doer.PhraseEnd))
            {
                // "Satellite images analysed by 38 North showed that a train belonging to Kim ...": the sentence says
                // who did the asked deed, and it is not this person.
                fit *= NotTheAgent;
            }

            if (owner is not null)
            {
                // "his government lodged a protest": the body did the asked deed, not he (nor anyone else the sentence names).
                fit *= OwnedBody.OwnerOnly;
            }

            if (ObjectAsked.AfterTheObject(question, passage, person.Start))
            {
                // "charged a customs officer in connection with the theft from Harbour Logistics": the officer was charged.
                fit *= ObjectAsked.Weight;
            }

            if (OfOtherSide(question, passage, person) || ContrastedSide.OfOther(question, passage, person))
            {
                // "Kim Do-gyun, a South Korean army major general who led the talks" did not lead North Korea's side.
                fit *= OtherSide;
            }

            yield return new AnswerCandidate(passage, Type, person.Value, person.Start, person.End, fit) { Note = person.IsReference ? "person (by reference)" : "person", Person = person.Value };
        }

        if (question.AskedRole.Count > 0)
        {
            yield break;
        }

        // "Sweden ... offered the venue": a country that opens the sentence acts in it; when the sentence has the
        // question's verb, it does what was asked as surely as a person named by reference would.
        foreach (var place in passage.Of(AnnotationKind.Place).Where(p => p.Start == 0 && p.Detail.StartsWith("Country|", StringComparison.Ordinal) && !p.Detail.EndsWith("|demonym", StringComparison.Ordinal)))
        {
            var words = place.TextIn(passage.Text);
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze) && seen.Add(words))
            {
                yield return new AnswerCandidate(passage, Type, words, place.Start, place.End, SaysVerb(question, passage) ? 0.85 : 0.6) { Note = "country acting" };
            }
        }

        foreach (var organization in passage.Of(AnnotationKind.Organization))
        {
            var words = organization.TextIn(passage.Text);
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze) && !Modifies(passage.Text, organization.End) && seen.Add(words))
            {
                yield return new AnswerCandidate(passage, Type, words, organization.Start, organization.End, 0.6 * (ObjectAsked.AfterTheObject(question, passage, organization.Start) ? ObjectAsked.Weight : 1.0)) { Note = "organisation" };
            }
        }
    }

    /// <summary>How well a name after "by" and the asked verb fits, when the reader took it for no person or organisation.</summary>
    private const double AgentFit = 0.85;

    /// <summary>How much of its fit a person keeps in a sentence that names another as the one who did the asked deed.</summary>
    private const double NotTheAgent = 0.3;

    /// <summary>
    /// "Who analysed the images?" and "Satellite images analysed by 38 North showed ...": the question's verb, then "by"
    /// and a name (capitalized words, maybe after a number or "the"): the span of that name, or null.
    /// </summary>
    /// <remarks>
    /// PhraseEnd is where the whole agent phrase ends: "signed by South Korea's Trade Minister Kim Hyun-chong and U.S.
    /// Trade Representative Robert Lighthizer" names its doers past the owner's possessive, their titles and "and"; the
    /// people in it are the agents, and the owner ("South Korea") is none.
    /// </remarks>
    private static (int Start, int End, int PhraseEnd)? Agent(QuestionReading question, Passage passage)
    {
        var verbs = question.Terms.Where(t => t.Role is TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens[i + 1].Is("by") || !verbs.Any(v => v.IsIn(stems[i])))
            {
                continue;
            }

            var start = tokens[i + 2].Is("the") ? i + 3 : i + 2;
            var end = start;
            while (end < tokens.Count && (tokens[end].IsCapitalized || (end == start && tokens[end].Kind == Language.TokenKind.Number && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)))
            {
                end++;
            }

            if (end > start)
            {
                var phraseEnd = end;
                while (phraseEnd < tokens.Count && (tokens[phraseEnd].IsCapitalized || tokens[phraseEnd].Kind == Language.TokenKind.Possessive
                    || (tokens[phraseEnd].IsWord && RoleWords.IsRoleWord(tokens[phraseEnd].Text)) || (tokens[phraseEnd].Is("and") && phraseEnd + 1 < tokens.Count && tokens[phraseEnd + 1].IsCapitalized)))
                {
                    phraseEnd++;
                }

                return (tokens[start].Start, tokens[end - 1].End, tokens[phraseEnd - 1].End);
            }
        }

        return null;
    }

    /// <summary>How much of its fit a person keeps whose title says another country than the side asked.</summary>
    private const double OtherSide = 0.1;

    /// <summary>
    /// The question asks who led a country's side (<see cref="QuestionReading.SideOf"/>), and the thing the sentence
    /// says the person led, or else the titles it gives the person, name other countries and not that one.
    /// </summary>
    private static bool OfOtherSide(QuestionReading question, Passage passage, Annotation person)
    {
        if (question.SideOf.Count == 0)
        {
            return false;
        }

        // "an American delegation led by Dana Whitfield": the thing led says whose side he led, as a title would.
        var led = LedSide.Countries(passage, person);
        if (led.Count > 0)
        {
            return !led.Overlaps(question.SideOf);
        }

        var key = ArticlePerson.KeyOf(person.Value);
        var countries = passage.Of(AnnotationKind.Title).Where(t => t.Value == key).SelectMany(t => Language.World.CountriesNamed.ByNameOrDemonym(t.TextIn(passage.Text))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return countries.Count > 0 && !countries.Overlaps(question.SideOf);
    }

    /// <summary>How much of its fit a person keeps who only reports what the question asks about.</summary>
    private const double OnlyReported = 0.3;

    /// <summary>
    /// "Who headed the delegation?" and "Ortagus said the United States had accepted an invitation ... to continue the
    /// talks": the question's words are all in what the person says, so the sentence tells who said it, not who did it
    /// (unless the question asks who said, told or announced something).
    /// </summary>
    private static bool OnlyReports(QuestionReading question, Passage passage, Annotation person)
    {
        var quotes = passage.Of(AnnotationKind.Quote);
        var spoken = -1;
        for (var q = 0; q < quotes.Count && spoken < 0; q++)
        {
            if (quotes[q].Value == person.Value && (person.End <= quotes[q].Start || person.Start >= quotes[q].End))
            {
                spoken = q;
            }
        }

        if (spoken < 0 || question.Terms.Any(t => Language.Words.SpeechVerbs.IsAttribution(t.Word.ToLowerInvariant()) || Language.Words.SpeechVerbs.IsSpeechVerb(t.Word.ToLowerInvariant()))
            || question.Text.Split(' ').Any(w => Language.Words.SpeechVerbs.IsSpeechVerb(w.ToLowerInvariant())))
        {
            return false;
        }

        // Any of the question's words outside the quote (other than the person's own name) says the person does more than speak.
        var quote = quotes[spoken];
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var inside = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var within = tokens[i].Start >= quote.Start && tokens[i].End <= quote.End;
            var own = tokens[i].Start >= person.Start && tokens[i].End <= person.End;
            if (own || !question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(stems[i])))
            {
                continue;
            }

            if (!within)
            {
                return false;
            }

            inside = true;
        }

        return inside;
    }

    /// <summary>Whether the sentence itself has one of the question's verbs ("offered" for "who offered the venue?").</summary>
    private static bool SaysVerb(QuestionReading question, Passage passage)
    {
        var relations = Language.Relations.WordRelations.Default;
        foreach (var term in question.Terms)
        {
            if (term.Role == TermRole.Content && relations.IsVerb(term.Word.ToLowerInvariant()) && passage.Words.Contains(term.Stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Treasury action came a day after a senior official ... urged": an organisation that qualifies the noun after
    /// it ("Treasury action", "White House officials") does not act in the sentence, so it does not answer "who?".
    /// "The Treasury sanctions ..." (a verb) or "the Treasury said" still acts.
    /// </summary>
    private static bool Modifies(string text, int end)
    {
        var tokens = Language.Tokenizer.Tokenize(text[end..]);
        if (tokens.Count == 0 || tokens[0] is not { IsWord: true, IsCapitalized: false } next)
        {
            return false;
        }

        var word = next.Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return relations.IsNoun(word) && !Language.Words.CommonWords.IsFunctionWord(word)
            && !(relations.IsVerb(word) && (word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>Two or more people named one after another (", " or " and " between, titles allowed): all of them, as the sentence lists them.</summary>
    private static AnswerCandidate? List(QuestionReading question, Passage passage)
    {
        var people = passage.Of(AnnotationKind.Person).Where(p => !p.IsReference && !Spans.IsAsked(p.Value, question, passage)).OrderBy(p => p.Start).ToList();
        for (var i = 0; i + 1 < people.Count; i++)
        {
            var last = i;
            while (last + 1 < people.Count && IsListGap(passage.Text[people[last].End..people[last + 1].Start]))
            {
                last++;
            }

            if (last > i)
            {
                var listed = people.Skip(i).Take(last - i + 1).ToList();
                var names = listed.Select(p => p.Value).ToList();

                // "signed by Chile's minister ... and Peru's representative ...", asked who signed for Peru: a list with
                // someone of another side is not the one asked.
                var fit = listed.Any(p => OfOtherSide(question, passage, p)) ? OtherSide : 1.0;
                return new AnswerCandidate(passage, AnswerType.Person, string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1], people[i].Start, people[last].End, fit)
                {
                    Note = "people listed together",
                };
            }
        }

        return null;
    }

    /// <summary>
    /// What may stand between two listed names: a comma or "and", and the next one's title. A relative clause ("Choe
    /// Son Hui, a vice foreign minister, who had called Vice President Mike Pence ...") puts the second name in what the
    /// first did, not beside the first.
    /// </summary>
    private static bool IsListGap(string between)
    {
        var gap = between.Trim();
        return gap.Length < 60 && (gap.StartsWith(',') || gap.StartsWith("and ", StringComparison.Ordinal) || gap == "and")
            && !gap.Contains(" said", StringComparison.Ordinal) && !gap.Contains('.', StringComparison.Ordinal) && gap.Count(c => c == ',') <= 2
            && !Language.Tokenizer.LowerWords(gap).Any(w => w is "who" or "whom" or "whose" or "which");
    }

    /// <summary>How much of its fit a person keeps in a sentence that gives the role asked to someone it does not name.</summary>
    private const double UnnamedRole = 0.3;

    /// <summary>
    /// The sentence says "a" or "an" before the asked role ("a North Korean official") and names nobody beside it ("a
    /// senior official, Kim Yong Chol,"): the one asked for is not named, and <paramref name="person"/> is someone else.
    /// </summary>
    private static bool UnnamedDoer(string text, string role, Annotation person)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, $@"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}{System.Text.RegularExpressions.Regex.Escape(role)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success && (person.Start < match.Index || person.Start - (match.Index + match.Length) > 3);
    }

    /// <summary>How much of the asked role a title the sentence gives this person has.</summary>
    private static double RoleFit(QuestionReading question, Passage passage, Annotation person)
    {
        var key = ArticlePerson.KeyOf(person.Value);
        var best = 0.0;
        foreach (var title in passage.Of(AnnotationKind.Title).Where(t => t.Value == key))
        {
            // "North Korea's chief negotiator and a former ambassador to Vietnam": two offices in one apposition, each
            // weighed on its own, so that "former" lowers only the office it qualifies.
            var owner = Possessor(passage.Text, title.Start);
            foreach (var office in Offices(title.TextIn(passage.Text)).Select(o => SpeltOut(question, o)))
            {
                best = Math.Max(best, OfficeFit(question, passage, office, owner));
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
    private static double OfficeFit(QuestionReading question, Passage passage, string office, string owner)
    {
        // A copy: Analyze hands out the passage's cached list, which the demonyms must not be written into.
        var words = new List<string>(passage.Analyze(office));
        words.AddRange(DemonymCountries(office).SelectMany(passage.Analyze));

        // "South Korea's presidential office welcomed the news. Its spokesman, Kim Eui-kyeom, ...": an office said of
        // "its" or "their" is of what the sentence before spoke of.
        var said = office.Split(' ', 2)[0].ToLowerInvariant() is "its" or "their" ? passage.Before : null;
        var share = question.AskedRole.Count(w => words.Contains(w) || said?.Contains(w) == true) / (double)question.AskedRole.Count;

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
    private static IEnumerable<string> DemonymCountries(string office)
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
