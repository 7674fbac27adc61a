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
internal sealed class PersonExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Person;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var relative = question.AskedRole.Count == 0 ? RelativeDoer.Of(question, passage) : null;
        var list = question.AskedRole.Count == 0 ? List(question, passage) : null;
        if (list is not null)
        {
            // "Kim and Moon thanked Norway, which runs the hut": the list did not do what the clause says of another.
            yield return relative is { } doer && (doer.Start < list.Start || doer.Start >= list.End) ? list with { Fit = list.Fit * RelativeDoer.NotTheDoer } : list;
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

        var unnamed = agent is null && question.AskedRole.Count == 0 ? CommonSubject.At(question, passage) : null;
        if (unnamed is { } group)
        {
            // "North Korean sailors found him": the unnamed people right before the asked verb did it.
            var tokens = passage.Analysis.Tokens;
            var words = passage.Text[tokens[group.First].Start..tokens[group.Last].End];
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze) && seen.Add(words))
            {
                yield return new AnswerCandidate(passage, Type, words, tokens[group.First].Start, tokens[group.Last].End, CommonSubject.Fit) { Note = "unnamed doers of the asked verb" };
            }
        }

        var owner = question.AskedRole.Count == 0 ? OwnedBody.Owner(question, passage) : null;
        if (owner is { } owning && OwnedBody.CountryOf(passage, owning, AskedRoleFit.DemonymCountries) is { } country && !Spans.RepeatsQuestion(country, question, passage.Analyze) && seen.Add(country))
        {
            // "his government lodged a protest", his title "Japanese Prime Minister": Japan did it.
            yield return new AnswerCandidate(passage, Type, country, owning.Start, owning.End, OwnedBody.CountryFit) { Note = "country of the body that did it" };
        }

        if (relative is { Kind: not AnnotationKind.Person } body && body.TextIn(passage.Text) is var named && !Spans.RepeatsQuestion(named, question, passage.Analyze) && seen.Add(named))
        {
            // "thanked Norway, which runs the mountain hut": the country or body the asked verb's clause is said of did it.
            yield return new AnswerCandidate(passage, Type, named, body.Start, body.End, RelativeDoer.Fit) { Note = "antecedent of the asked verb's relative clause" };
        }

        var subject = agent is null && unnamed is null && relative is null && question.AskedRole.Count == 0 ? NamedSubject.Of(question, passage) : null;
        if (subject is { } said && passage.Text[said.Start..said.End] is var subjectWords && seen.Add(subjectWords))
        {
            // "Norway's Public Roads Administration closed the road": the body (or the countries) right before the asked verb did it.
            yield return new AnswerCandidate(passage, Type, subjectWords, said.Start, said.End, NamedSubject.Fit) { Note = "name right before the asked verb" };
        }

        var together = question.Type == AnswerType.Person && question.CompanionPreposition is { } preposition ? CompanionAsked.After(question, passage, preposition) : null;
        foreach (var person in passage.Of(AnnotationKind.Person))
        {
            if (Spans.IsAsked(person.Value, question, passage) || !seen.Add(person.Value))
            {
                continue;
            }

            var fit = question.AskedRole.Count == 0 ? (person.IsReference ? 0.85 : 1.0) * (OnlyReports(question, passage, person) ? OnlyReported : 1.0) : LedByHead.Leads(question, passage, person) ? 1.0 : AskedRoleFit.Of(question, passage, person);
            if (question.DoerRole is { } role && UnnamedDoer(passage.Text, role, person))
            {
                // "a North Korean official came ... and told Pompeo that the men had been pardoned by Kim Jong Un": the
                // official who did it is not named; the other people of the sentence are not that official.
                fit *= UnnamedRole;
            }

            if ((agent is { } doer && (person.Start < doer.Start || person.Start >= doer.PhraseEnd)) || (unnamed is not null && !InGroup(passage, unnamed.Value, person.Start)))
            {
                // "Satellite images analysed by 38 North showed that a train belonging to Kim ...": the sentence says
                // who did the asked deed, and it is not this person.
                fit *= NotTheAgent;
            }

            if (relative is { } antecedent && antecedent.Start != person.Start)
            {
                // "he ... thanked Norway, which runs the hut": the clause's antecedent ran it, not this person.
                fit *= RelativeDoer.NotTheDoer;
            }

            // "the Roads Administration closed the road, while the mayor, Eva Holm, said ...": the body did it, not she.
            fit *= NamedSubject.Share(subject, person.Start);

            if (list is { Fit: >= 1.0 } && person.Start >= list.Start && person.End <= list.End)
            {
                // "with his wife, Ri Sol Ju, and his sister Kim Yo Jong": asked who went, one of those listed alone
                // leaves the other out; the list itself answers (unless it is lowered for someone in it, such as one
                // of another side than the one asked).
                fit *= ListMember;
            }

            if (together is { Count: > 0 } && !together.Contains(person.Start))
            {
                // "Kim Jung-sook, who sat ... beside Kwon Hyok Bong": asked who sat beside her, not whose wife she is.
                fit *= CompanionAsked.Weight;
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

            if (ObjectOfDoer.NotTheObject(question, passage, person.Start))
            {
                // "Lahtinen defeated Rask, Toivonen defeated Sorsa", asked whom Toivonen defeated: not Rask, nor Lahtinen.
                fit *= ObjectOfDoer.Weight;
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
        foreach (var place in passage.Of(AnnotationKind.Place).Where(p => p.Start == 0 && p.IsCountryName))
        {
            var words = place.TextIn(passage.Text);
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze) && seen.Add(words))
            {
                var fit = (SaysVerb(question, passage) ? 0.85 : 0.6) * (ObjectOfDoer.NotTheObject(question, passage, place.Start) ? ObjectOfDoer.Weight : 1.0)
                    * (relative is { } antecedent && antecedent.Start != place.Start ? RelativeDoer.NotTheDoer : 1.0)
                    * (OwnerOfAsked.Owns(question, passage, place) ? OwnerOfAsked.Weight : 1.0)
                    * NamedSubject.Share(subject, place.Start);
                yield return new AnswerCandidate(passage, Type, words, place.Start, place.End, fit) { Note = "country acting" };
            }
        }

        // "Arvola, which had beaten Estonia 3-1": a country right after the asked doer's verb is the one it was done to.
        var done = ObjectOfDoer.ObjectStart(question, passage);
        foreach (var place in passage.Of(AnnotationKind.Place).Where(p => p.Start == done && p.IsCountryName))
        {
            var words = place.TextIn(passage.Text);
            if (seen.Add(words))
            {
                yield return new AnswerCandidate(passage, Type, words, place.Start, place.End, ObjectFit) { Note = "country the asked doer's deed was done to" };
            }
        }

        foreach (var organization in passage.Of(AnnotationKind.Organization))
        {
            var words = organization.TextIn(passage.Text);
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze) && !Modifies(passage.Text, organization.End) && seen.Add(words))
            {
                var fit = 0.6 * NamedSubject.Share(subject, organization.Start) * (ObjectAsked.AfterTheObject(question, passage, organization.Start) ? ObjectAsked.Weight : 1.0) * (ObjectOfDoer.NotTheObject(question, passage, organization.Start) ? ObjectOfDoer.Weight : 1.0);
                yield return new AnswerCandidate(passage, Type, words, organization.Start, organization.End, fit) { Note = "organisation" };
            }
        }
    }

    private static bool InGroup(Passage passage, (int First, int Last) group, int start) =>
        start >= passage.Analysis.Tokens[group.First].Start && start < passage.Analysis.Tokens[group.Last].End;

    /// <summary>How much of its fit one person keeps who is listed with others the sentence names together.</summary>
    private const double ListMember = 0.8;

    /// <summary>How well a country fits that the asked doer's verb was done to: a country may be the one beaten or met.</summary>
    private const double ObjectFit = 0.85;

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
        var verbs = question.VerbTerms();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens[i + 1].Is("by") || !VerbBefore(verbs, tokens, stems, i))
            {
                continue;
            }

            if (CommonAgent.At(tokens, i + 2) is { } common)
            {
                return (tokens[common.First].Start, tokens[common.Last].End, tokens[common.Last].End);
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
                    || (tokens[phraseEnd].IsWord && RoleWords.IsRoleWord(tokens[phraseEnd].Text)) || (tokens[phraseEnd].Is("and") && phraseEnd + 1 < tokens.Count && tokens[phraseEnd + 1].IsCapitalized)
                    || NamedAfterRole(tokens, phraseEnd)))
                {
                    phraseEnd++;
                }

                return (tokens[start].Start, tokens[end - 1].End, tokens[phraseEnd - 1].End);
            }
        }

        return null;
    }

    /// <summary>"by Vietnam's deputy prime minister, Vu Duc Dam": a comma after a role, then the role holder's name.</summary>
    private static bool NamedAfterRole(List<Language.Token> tokens, int comma) =>
        tokens[comma].Text == "," && comma + 1 < tokens.Count && tokens[comma + 1].IsCapitalized && tokens[comma - 1].IsWord && RoleWords.IsRoleWord(tokens[comma - 1].Text.ToLowerInvariant());

    /// <summary>How many words may stand between the asked verb and "by": "was found behind the fish market by ...".</summary>
    private const int VerbReach = 5;

    /// <summary>The asked verb at <paramref name="last"/> or a few words before it, with no punctuation between.</summary>
    private static bool VerbBefore(List<QuestionTerm> verbs, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int last)
    {
        for (var k = last; k >= 0 && k >= last - VerbReach && tokens[k].IsWord; k--)
        {
            if (verbs.Any(v => v.IsIn(stems[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much of its fit a person keeps whose title says another country than the side asked.</summary>
    private const double OtherSide = 0.1;

    /// <summary>
    /// The question asks who led a country's side (<see cref="QuestionReading.SideOf"/>), and the thing the sentence
    /// says the person led, the side its people acted for (<see cref="SideActedFor"/>), or else the titles it gives the
    /// person, name other countries and not that one.
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

        if (SideActedFor.OnlyOther(passage, question.SideOf))
        {
            return true;
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
                var fit = (listed.Any(p => OfOtherSide(question, passage, p)) ? OtherSide : 1.0) * (ObjectOfDoer.NotTheObject(question, passage, people[i].Start) ? ObjectOfDoer.Weight : 1.0);
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
    internal static bool IsListGap(string between)
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
}
