using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// The second pass over an article, in reading order, once every full name is known: resolves a single name
/// ("Biegun", "Chairman Kim") to the person it is short for, a pronoun ("he", "his") to the person it most likely
/// means (the first person named before it in the sentence, else — for "his" or "her" — whose things the sentence
/// before told of, else the subject of the sentence before, else the person mentioned last), and a role ("the envoy", "the North Korean leader") to the person last given that title.
/// </summary>
internal sealed class ReferenceReader(ArticlePeople people, List<PersonMention> mentions, IReadOnlyDictionary<string, Annotation> places)
{
    private ReadSentence? _previous;

    /// <summary>The sentence and token of the last role read as someone unnamed ("the captain, whose name was not released").</summary>
    private (ReadSentence Sentence, int Head)? _unnamed;

    public void Read(ReadSentence sentence, IEnumerable<int> singles)
    {
        var tokens = sentence.Tokens;
        var inSentence = new List<PersonMention>();
        var named = mentions.Where(m => m.Sentence == sentence).ToDictionary(m => m.Start);
        var single = singles.ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (named.TryGetValue(i, out var full))
            {
                full.Person.LastSentence = sentence.Ordinal;
                full.Person.Mentions++;
                inSentence.Add(full);
                i = full.End - 1;
                continue;
            }

            if (PairPronoun(sentence, i) is { } pairEnd && LastTwo(sentence, i) is { } pair)
            {
                // "Wang Lei ... His neighbour in the hall, Wang Ying, ... The two are not related.": the two people
                // last named.
                foreach (var person in pair)
                {
                    sentence.Context.Add(person.Name);
                    mentions.Add(new PersonMention(sentence, i, pairEnd, person, IsReference: true));
                }

                i = pairEnd - 1;
                continue;
            }

            if (Plural(sentence, i) is { } end)
            {
                // "the two men", "both leaders", "they": the two people the sentence before named, in this one's context.
                foreach (var person in PairBefore(sentence))
                {
                    sentence.Context.Add(person.Name);
                    mentions.Add(new PersonMention(sentence, i, end, person, IsReference: true));
                }

                i = end - 1;
                continue;
            }

            var found = single.Contains(i) ? Single(sentence, i, inSentence)
                : Pronouns.IsPersonPronoun(tokens[i].Text) && !sentence.Taken.Contains(i) ? Pronoun(sentence, i, inSentence, single)
                : Role(sentence, i);
            if (found is not null)
            {
                found.Person.LastSentence = sentence.Ordinal;
                found.Person.Mentions++;
                mentions.Add(found);
                inSentence.Add(found);
                sentence.Take(found.Start, found.End);
                i = found.End - 1;
            }
        }

        _previous = sentence;
    }

    private PersonMention? Single(ReadSentence sentence, int i, List<PersonMention> inSentence)
    {
        var tokens = sentence.Tokens;
        if (HonorificReference.SexBefore(tokens, i) is var sex and not '\0')
        {
            return Honorific(sentence, i, sex);
        }

        var titleStart = TitleFinder.Before(tokens, i);
        var hint = titleStart >= 0 ? sentence.Span(titleStart, i) : null;

        // "'Kim Jong Un will read this as a declaration of hostility,' said Kim.": a name outside the quotes is not
        // someone the quote speaks of, when another person has the name. Only a name: a pronoun in the quotes ("keeps
        // his gun," Kim said) was resolved by guess, and the one it was taken for may well be the speaker.
        var quoted = InQuotes(tokens, i) ? null : inSentence.Where(m => InQuotes(tokens, m.Start) && !Pronouns.IsPersonPronoun(tokens[m.Start].Text)).Select(m => m.Person).ToHashSet();
        if (people.ByName(tokens[i].Text, hint, quoted) is { } person)
        {
            if (hint is not null)
            {
                person.AddTitle(hint);
                sentence.Annotate(AnnotationKind.Title, titleStart, i, person.Key);
            }

            // "Lindqvist, 68, deputy director of ...": after the short name, an age sets off a description of the
            // person, as an apposition after the full name does. Without one, the words after the comma are not taken
            // ("Warmbier, a student at the University of Virginia": the place is his college's, the question's answer,
            // not a title's word).
            if (TitleFinder.PastAge(tokens, i + 1) > i + 1)
            {
                NameReader.AddTitles(sentence, person, -1, i, i + 1);
            }

            return new PersonMention(sentence, i, i + 1, person, IsReference: true);
        }

        if (hint is null && places.TryGetValue(tokens[i].Text.ToLowerInvariant(), out var place))
        {
            // "the Metropole", after "the Sofitel Legend Metropole".
            sentence.Annotate(AnnotationKind.Place, i, i + 1, place.Value, place.Detail);
            sentence.Take(i, i + 1);
            return null;
        }

        if (Gazetteer.Default.Match(tokens, i, anyCase: false, out var gazetteer) == 1 && hint is null && Gazetteer.IsPlaceInContext(tokens, i, 1, gazetteer))
        {
            var places = gazetteer;
            sentence.Annotate(AnnotationKind.Place, i, i + 1, places[0].IsDemonym ? places[0].Name : tokens[i].Text, Annotation.PlaceDetail(places[0].Kind, places[0].Country, places[0].IsDemonym));
            sentence.Take(i, i + 1);
            return null;
        }

        var speaks = (i + 1 < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[i + 1].Text)) || (i > 0 && SpeechVerbs.IsSpeechVerb(tokens[i - 1].Text));

        // "the General Assembly", "the General Conference": a rank before an organisation's head word names a body, not a
        // person called "Conference".
        if ((hint is null && !speaks) || OrganizationWords.IsHead(tokens[i].Text))
        {
            PlaceNames.AfterPreposition(sentence, i, i + 1);
            return null;
        }

        // Someone named once, by one name: "Ri said", "Foreign Minister Ri".
        var added = people.Register(tokens[i].Text, sentence.Ordinal);
        if (hint is not null)
        {
            added.AddTitle(hint);
            sentence.Annotate(AnnotationKind.Title, titleStart, i, added.Key);
        }

        NameReader.AddTitles(sentence, added, -1, i, i + 1);
        return new PersonMention(sentence, i, i + 1, added, IsReference: false);
    }

    /// <summary>
    /// "Ms. Lund" (the surname at <paramref name="i"/>): the person named in full whom <see cref="HonorificReference"/>
    /// finds; when it finds no one for sure, the title and surname are a person of their own, as the article says them.
    /// </summary>
    private PersonMention Honorific(ReadSentence sentence, int i, char sex)
    {
        if (HonorificReference.Resolve(people, sex, sentence.Tokens[i].Text) is { } person)
        {
            person.Gender = sex;
            person.GenderGuessed = false;
            return new PersonMention(sentence, i - 1, i + 1, person, IsReference: true);
        }

        var own = people.Register(sentence.Span(i - 1, i + 1), sentence.Ordinal);
        own.Gender = sex;
        NameReader.AddTitles(sentence, own, -1, i - 1, i + 1);
        return new PersonMention(sentence, i - 1, i + 1, own, IsReference: false);
    }

    private PersonMention? Pronoun(ReadSentence sentence, int i, List<PersonMention> inSentence, HashSet<int> singles)
    {
        // The nearest person before it in the sentence ("Trump said he ...", "Kim might lose his will"), else the one an
        // opening clause's pronoun looks ahead to, else the people of the sentence before (its subject first), else the
        // article's most mentioned, else the last mentioned: the first of them the pronoun's gender allows.
        var gender = sentence.Tokens[i].Text.ToLowerInvariant() is "she" or "her" or "hers" or "herself" ? 'f' : 'm';
        if (MeansUnnamed(sentence, i, inSentence))
        {
            return null;
        }

        // "He flew to Dalian for a meeting with Xi in May, ... when he celebrated": a subject pronoun continues a person
        // who acts in the sentence before one named after a preposition ("with Xi", "to Trump").
        var subject = sentence.Tokens[i].Text.ToLowerInvariant() is "he" or "she";
        // "Mets, who is no relation of hers, greeted her": an object pronoun is not its own clause's subject.
        var objectPronoun = ClauseSubject.IsObjectPronoun(sentence.Tokens, i);
        var before = Enumerable.Reverse(inSentence)
            .Where(m => !objectPronoun || !ClauseSubject.Is(sentence.Tokens, m, i))
            .OrderBy(m => subject && AfterPreposition(sentence.Tokens, m.Start) ? 1 : 0);
        var candidates = before.Select(m => m.Person)
            .Append(Cataphora(sentence, i, singles))
            .Append(OwnerBefore(sentence, i, gender))
            .Concat(_previous is null ? [] : SubjectsFirst(_previous))
            .Append(people.MostMentioned(sentence.Ordinal))
            .Append(people.MentionedLast(sentence.Ordinal));
        var person = candidates.FirstOrDefault(p => p is not null && (p.Gender == '\0' || p.Gender == gender));
        if (person is null)
        {
            return null;
        }

        if (person.Gender == '\0')
        {
            person.Gender = gender;
            person.GenderGuessed = true;
        }

        return new PersonMention(sentence, i, i + 1, person, IsReference: true);
    }

    /// <summary>
    /// "The pilot, whose name was withheld, said he had ...", "He said ..." in the sentence after: a pronoun goes on with
    /// an unnamed role that opened the people of its sentence (nobody named between them), or, opening its own
    /// sentence's people as "he" or "she", with one that opened the sentence before. Such a pronoun means no one the
    /// article names; taking it for the last person named would put another's name on what the unnamed one did.
    /// </summary>
    private bool MeansUnnamed(ReadSentence sentence, int i, List<PersonMention> inSentence)
    {
        if (_unnamed is not { } role)
        {
            return false;
        }

        if (role.Sentence == sentence)
        {
            return role.Head < i && !inSentence.Any(m => m.Start > role.Head && m.Start < i);
        }

        var subject = sentence.Tokens[i].Text.ToLowerInvariant() is "he" or "she";
        return subject && role.Sentence == _previous && inSentence.Count == 0
            && !mentions.Any(m => m.Sentence == _previous && m.Start < role.Head);
    }

    /// <summary>
    /// "with Xi", "with North Korean leader Kim Jong Un": a name after a preposition, past the titles before it, is not
    /// who acts ("Trump cancelled his summit with North Korean leader Kim Jong Un, blaming what he called ..." is Trump).
    /// </summary>
    private static bool AfterPreposition(List<Token> tokens, int start)
    {
        var j = start - 1;
        while (j >= 0 && start - j <= 5 && tokens[j].IsWord && (tokens[j].IsCapitalized || RoleWords.IsRoleWord(tokens[j].Text)))
        {
            j--;
        }

        return j >= 0 && CommonWords.IsPreposition(tokens[j].Text.ToLowerInvariant());
    }

    /// <summary>
    /// The people of a sentence in the order a pronoun after it looks back to them: its subject first, and those named
    /// inside quoted words last. In "'The president looks forward to meeting Chairman Kim,' Sarah Sanders said. She
    /// said ..." the president and Kim are what Sanders said, not who goes on speaking.
    /// </summary>
    private IEnumerable<ArticlePerson> SubjectsFirst(ReadSentence sentence) =>
        mentions.Where(m => m.Sentence == sentence).OrderBy(m => InQuotes(sentence.Tokens, m.Start) ? 1 : 0).ThenBy(m => m.Start).Select(m => m.Person);

    /// <summary>Whether token <paramref name="i"/> stands between double quotation marks (an odd number of them before it).</summary>
    private static bool InQuotes(List<Token> tokens, int i) =>
        tokens.Take(i).Count(t => t.Kind == TokenKind.Quote && t.Text is "\"" or "\u201C" or "\u201D" or "\u00AB" or "\u00BB") % 2 == 1;

    /// <summary>Where a plural reference to people starting at <paramref name="i"/> ends ("the two men", "both leaders", "they"), or null.</summary>
    private static int? Plural(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        var word = tokens[i].Text.ToLowerInvariant();
        if (word is "they" && !sentence.Taken.Contains(i))
        {
            return i + 1;
        }

        if (word is "the" or "both" && i + 1 < tokens.Count)
        {
            var k = i + 1;
            if (tokens[k].Text.ToLowerInvariant() is "two" or "both")
            {
                k++;
            }

            if (k < tokens.Count && k > i && tokens[k].Text.ToLowerInvariant() is "men" or "leaders" or "women" or "envoys" or "negotiators" or "presidents" or "sides" && (k > i + 1 || word == "both"))
            {
                return k + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// "..., adding that the diplomat had also worried about the future of his children. His elder son, ...": a possessive
    /// pronoun that opens its sentence's people goes on with whose things the sentence before was telling of (its last
    /// "his" or "her" of the same gender), rather than with that sentence's subject (the one who said it). Null when none.
    /// </summary>
    private ArticlePerson? OwnerBefore(ReadSentence sentence, int i, char gender)
    {
        if (_previous is null || sentence.Tokens[i].Text.ToLowerInvariant() is not ("his" or "her"))
        {
            return null;
        }

        var owner = gender == 'f' ? "her" : "his";
        return mentions.LastOrDefault(m => m.Sentence == _previous && m.End == m.Start + 1 && _previous.Tokens[m.Start].Text.Equals(owner, StringComparison.OrdinalIgnoreCase))?.Person;
    }

    /// <summary>Verbs that open a predicate right after a subject: auxiliaries and modals ("The two have ...", "Both will ...").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "do", "does",
    };

    /// <summary>
    /// Where "the two" or "both" standing alone for people ends — as the subject of a verb of being, an auxiliary or a
    /// verb of saying ("The two are not related", "Both said ...") — or null. With a noun after it ("the two men", "the
    /// two countries") it is <see cref="Plural"/>'s or no one's.
    /// </summary>
    private static int? PairPronoun(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        var k = tokens[i].Text.ToLowerInvariant() switch
        {
            "the" when i + 1 < tokens.Count && tokens[i + 1].Is("two") => i + 2,
            "both" when i == 0 || !tokens[i - 1].IsWord => i + 1,
            _ => -1,
        };
        if (k < 0 || k >= tokens.Count || sentence.Taken.Contains(i))
        {
            return null;
        }

        var next = tokens[k].Text;
        return tokens[k].IsWord && !tokens[k].IsCapitalized && (BeForms.Is(next) || Auxiliaries.Contains(next) || SpeechVerbs.IsSpeechVerb(next)) ? k : null;
    }

    /// <summary>
    /// The two people last named, within the paragraph up to token <paramref name="i"/> (the latest mention first), or
    /// null when it names fewer, or when the sentence before names two places or organisations that "the two" may
    /// as well mean ("China and Japan ... The two have ...").
    /// </summary>
    private List<ArticlePerson>? LastTwo(ReadSentence sentence, int i)
    {
        if (_previous is { } previous && previous.Paragraph == sentence.Paragraph
            && previous.Annotations.Where(a => a.Kind is AnnotationKind.Organization || (a.Kind is AnnotationKind.Place && !a.IsDemonym))
                .Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2)
        {
            return null;
        }

        var two = mentions.Where(m => m.Sentence.Paragraph == sentence.Paragraph && (m.Sentence.Ordinal < sentence.Ordinal || (m.Sentence == sentence && m.End <= i)))
            .OrderByDescending(m => m.Sentence.Ordinal).ThenByDescending(m => m.Start).Select(m => m.Person).Distinct().Take(2).ToList();
        return two.Count == 2 ? two : null;
    }

    /// <summary>The two people last named together: those of this sentence so far, else of the sentence before.</summary>
    private IEnumerable<ArticlePerson> PairBefore(ReadSentence sentence)
    {
        var here = mentions.Where(m => m.Sentence == sentence).Select(m => m.Person).Distinct().ToList();
        if (here.Count >= 2)
        {
            return here.Take(2);
        }

        return _previous is null ? [] : mentions.Where(m => m.Sentence == _previous).OrderBy(m => m.Start).Select(m => m.Person).Distinct().Take(2);
    }

    /// <summary>"Speaking at the hotel where he held a news conference, Trump said ...": a pronoun in an opening clause means the subject after it.</summary>
    private ArticlePerson? Cataphora(ReadSentence sentence, int pronoun, HashSet<int> singles)
    {
        var tokens = sentence.Tokens;
        var comma = tokens.FindIndex(pronoun, t => t.Text == ",");
        if (comma < 0 || tokens.Take(pronoun).Any(t => t.Text == ",")
            || tokens[0].Text is not ("Speaking" or "After" or "Before" or "While" or "When" or "As" or "Since" or "Asked" or "Upon" or "On" or "Having" or "Although" or "Though" or "If"))
        {
            return null;
        }

        var after = comma + 1;
        if (mentions.FirstOrDefault(m => m.Sentence == sentence && m.Start == after) is { } full)
        {
            return full.Person;
        }

        return singles.Contains(after) ? people.ByName(tokens[after].Text, null) : null;
    }

    private ArticlePerson? Subject(ReadSentence sentence) =>
        mentions.Where(m => m.Sentence == sentence).OrderBy(m => m.Start).FirstOrDefault()?.Person;

    /// <summary>Roles that an article uses for its protagonist whatever their title ("the envoy", "the visitor", "the negotiator").</summary>
    private static bool IsGenericRole(string word) => word.ToLowerInvariant() is "envoy" or "emissary" or "negotiator" or "diplomat" or "delegate" or "official";

    /// <summary>"the envoy", "the North Korean leader", "the U.S. president": a role with no name after it.</summary>
    private PersonMention? Role(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (!tokens[i].Is("the") || sentence.Taken.Contains(i) || (i > 0 && tokens[i - 1].Text == ","))
        {
            // ", the vice foreign minister who ..." after a name is that person's title, not a reference.
            return null;
        }

        for (var h = i + 1; h < Math.Min(tokens.Count, i + 5); h++)
        {
            var word = tokens[h].Text;
            if (RoleWords.IsHead(word) && !word.EndsWith('s'))
            {
                var named = h + 1 < tokens.Count && (tokens[h + 1].IsCapitalized || tokens[h + 1].Text is "of" or "for" or "to");
                var unnamed = !named && UnnamedSource.Means(_previous, sentence, h);
                if (unnamed)
                {
                    _unnamed = (sentence, h);
                }

                var person = named || unnamed ? null : people.ByRole(word) ?? (h == i + 1 && IsGenericRole(word) ? people.Lead : null);
                return person is null ? null : new PersonMention(sentence, i, h + 1, person, IsReference: true);
            }

            if (!(RoleWords.IsRoleWord(word) || tokens[h].IsCapitalized || tokens[h].Kind == TokenKind.Possessive))
            {
                return null;
            }
        }

        return null;
    }
}
