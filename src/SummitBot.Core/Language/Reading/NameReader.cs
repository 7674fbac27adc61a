using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// The first pass over an article's sentences: reads each run of capitalized words as a place (the gazetteer, or a
/// name ending in "Hotel", "Island", "Village" ...), an organisation ("... Department", "KCNA"), or a person with the
/// title the text gives them; single capitalized words are left for the reference pass, which knows by
/// then every full name in the article.
/// </summary>
internal static class NameReader
{
    public static void Read(ReadSentence sentence, ArticlePeople people, IReadOnlySet<string> nameWords, List<PersonMention> mentions, List<(ReadSentence, int)> singles)
    {
        var tokens = sentence.Tokens;
        foreach (var (runStart, runEnd) in NameRuns.Find(tokens, nameWords))
        {
            var start = tokens[runStart].Text is "The" && runEnd - runStart > 1 ? runStart + 1 : runStart;
            if (sentence.IsTaken(start, runEnd))
            {
                continue;
            }

            if (IsPlace(sentence, start, runEnd))
            {
                continue;
            }

            if (WorkTitles.IsInside(tokens, start, runEnd))
            {
                // "watched the ballet "Liang Shanbo and Zhu Yingtai,"": the title of a work, no one's name.
                continue;
            }

            if (IsOrganization(sentence, start, runEnd, people) is { } opened)
            {
                // "Fighters" in "Fighters for a Free ...": the organisation's first word, no single name of its own.
                singles.RemoveAll(s => s.Item1 == sentence && s.Item2 >= opened && s.Item2 < start);
                continue;
            }

            if (runEnd - start > 2 && tokens[runEnd - 2].Text == "-")
            {
                // A place's name hyphened on (NameRuns.IsHyphenedTail), no person's.
                PlaceAfterPreposition(sentence, start, runEnd);
                continue;
            }

            var title = TitleFinder.InsideRun(tokens, start, runEnd);
            var nameStart = start + title;
            if (runEnd - nameStart == 1)
            {
                singles.Add((sentence, nameStart));
                continue;
            }

            var titled = title > 0 || TitleFinder.Before(tokens, nameStart) >= 0 || FollowedBySpeech(tokens, runEnd) || DescribedAsPerson(tokens, nameStart, runEnd) || DescribedByOffice(tokens, nameStart, runEnd)
                || Aged(tokens, nameStart, runEnd);
            if (!LooksLikeName(tokens, nameStart, runEnd) && !(titled && runEnd - nameStart is >= 2 and <= 4 && !RoleWords.IsRoleWord(tokens[runEnd - 1].Text))
                && !EndsInSyllableI(tokens, nameStart, runEnd))
            {
                PlaceAfterPreposition(sentence, start, runEnd);
                continue;
            }

            var person = people.Register(sentence.Span(nameStart, runEnd), sentence.Ordinal);
            sentence.Take(nameStart, runEnd);
            mentions.Add(new PersonMention(sentence, nameStart, runEnd, person, IsReference: false));
            AddTitles(sentence, person, title > 0 ? TitleStart(tokens, start, title) : TitleFinder.Before(tokens, nameStart), nameStart, runEnd);
            if (title == 0 && TitleFinder.BeforeComma(tokens, nameStart, runEnd) is >= 0 and var setOff)
            {
                AddTitle(sentence, person, setOff, nameStart - 1);
            }
        }

        OrganizationsWithLowerCaseHeads(sentence);
    }

    /// <summary>
    /// "Kasumi Ishikawa beat Kim Song I in the second": a Korean given name's last syllable may be "I", which alone is the
    /// English pronoun; after two words that look like a name ("Kim Song"), it ends that name rather than opening a clause.
    /// </summary>
    private static bool EndsInSyllableI(List<Token> tokens, int start, int end) =>
        end - start == 3 && tokens[end - 1].Text == "I" && LooksLikeName(tokens, start, end - 1);

    /// <summary>"Secretary of State Mike Pompeo": a title inside the run begins before it when the run follows "of"/"for" and a role.</summary>
    private static int TitleStart(List<Token> tokens, int start, int length)
    {
        // A title with a head of its own ("South Korean President" after "the spokeswoman for") is whole.
        if (tokens.Skip(start).Take(length).Any(t => RoleWords.IsHead(t.Text)))
        {
            return CountryOwning(tokens, start);
        }

        while (start >= 2 && tokens[start - 1].Text is "of" or "for" && RoleWords.IsRoleWord(tokens[start - 2].Text))
        {
            start -= 2;
            while (start > 0 && RoleWords.IsRoleWord(tokens[start - 1].Text))
            {
                start--;
            }
        }

        return start;
    }

    /// <summary>
    /// "signed by Chile's Mining Minister Lucia Ferrant and Peru's Trade Representative ...": the country owning the
    /// office, in a possessive right before the run, is the title's as in "China's ambassador Zhang Jun". Where the title
    /// starts: the country's first token, or <paramref name="start"/> when no country owns it.
    /// </summary>
    private static int CountryOwning(List<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Possessive)
        {
            return start;
        }

        for (var k = start - 2; k >= 0 && k >= start - 4 && tokens[k].IsCapitalized; k--)
        {
            if (Gazetteer.Default.Match(tokens, k, anyCase: false, out var places) == start - 1 - k && places.Any(p => p.Kind == PlaceKind.Country))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>A title before the name (from <paramref name="titleStart"/>, or none if negative) and one in an apposition after it.</summary>
    internal static void AddTitles(ReadSentence sentence, ArticlePerson person, int titleStart, int nameStart, int nameEnd)
    {
        if (titleStart >= 0 && titleStart < nameStart)
        {
            AddTitle(sentence, person, titleStart, nameStart);
        }

        var first = titleStart >= 0 && titleStart < nameStart ? titleStart : nameStart;
        if (TitleFinder.SubjectRole(sentence.Tokens, first) is { } subject)
        {
            AddTitle(sentence, person, subject.Start, subject.End);
        }

        var afterName = TitleFinder.After(sentence.Tokens, nameEnd) is { } said ? said.End : TitleFinder.PastAge(sentence.Tokens, nameEnd);
        if (OpensClause(sentence.Tokens, first) && TitleFinder.NamedAsSubject(sentence.Tokens, afterName) is { } given)
        {
            // "Ana Ruiz, a party official, was named premier": the office given is hers as much as the apposition, in
            // this sentence only; kept out of her catalog titles, so that "who was named premier?" does not read the
            // office as naming her and set her aside as the one asked about.
            sentence.Annotate(Reading.AnnotationKind.Title, given.Start, given.End, person.Key);
        }

        if (TitleFinder.After(sentence.Tokens, nameEnd) is { } apposition)
        {
            // "the former spy chief who is now the lead negotiator": one title, what the person was and is now.
            var end = TitleFinder.HeldNow(sentence.Tokens, apposition.End) is { } now ? now.End : apposition.End;
            AddTitle(sentence, person, apposition.Start, end);
        }
        else if (TitleFinder.HeldNow(sentence.Tokens, TitleFinder.PastAge(sentence.Tokens, nameEnd)) is { } held)
        {
            AddTitle(sentence, person, held.Start, held.End);
        }
        else if (TitleFinder.AsNamed(sentence.Tokens, nameStart, nameEnd) is { } office)
        {
            AddTitle(sentence, person, office.Start, office.End);
        }
        else if (TitleFinder.Runs(sentence.Tokens, TitleFinder.PastAge(sentence.Tokens, nameEnd)) is { } runs)
        {
            AddTitle(sentence, person, runs.Start, runs.End);
        }
    }

    /// <summary>Whether the name (or its title) at <paramref name="first"/> opens its clause: the sentence's start or right after a comma.</summary>
    private static bool OpensClause(List<Token> tokens, int first) =>
        first == 0 || tokens[first - 1].Text is "," or ";";

    private static void AddTitle(ReadSentence sentence, ArticlePerson person, int start, int end)
    {
        var title = sentence.Span(start, end);
        person.AddTitle(title);
        sentence.Annotate(Reading.AnnotationKind.Title, start, end, person.Key);
    }

    private static bool IsPlace(ReadSentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var gazetteer = Gazetteer.Default.Match(tokens, start, anyCase: false, out var places);
        // A name that is a place may still be a person's before a verb of saying ("Jordan said"), not a country's of two words or more ("North Korea said").
        if (gazetteer == end - start && places.Count > 0 && (!FollowedBySpeech(tokens, end) || (gazetteer > 1 && places[0].Kind == PlaceKind.Country)) && !PrecededByRole(tokens, start)
            && Gazetteer.IsPlaceInContext(tokens, start, gazetteer, places))
        {
            var place = places[0];
            var kind = end < tokens.Count && PlaceWords.TryKind(tokens[end].Text, out var after) && !tokens[end].IsCapitalized ? after : place.Kind;
            var to = end < tokens.Count && PlaceWords.Kinds.ContainsKey(tokens[end].Text) && !tokens[end].IsCapitalized ? end + 1 : end;

            // "the North Korean embassy", "the Chinese hotel": a building named by its country's adjective is that
            // building, a venue of its own, not the country ("the Swedish capital" still stands for Sweden's capital).
            if (place.IsDemonym && kind == PlaceKind.Venue && to > end)
            {
                Annotate(sentence, start, to, sentence.Span(start, to), kind, place, demonym: false);
                return true;
            }

            Annotate(sentence, start, to, place.IsDemonym ? place.Name : sentence.Span(start, end), kind, place, place.IsDemonym);
            return true;
        }

        if (end - start >= 2 && PlaceWords.TryLeadingKind(tokens[start].Text, out var begun))
        {
            // "the Mount Kumgang area", "talks at Camp David": the first word says it is a place.
            Annotate(sentence, start, end, sentence.Span(start, end), begun, null, demonym: false);
            return true;
        }

        if (end - start >= 2 && PlaceWords.TryKind(tokens[end - 1].Text, out var named) && (!RoleWords.IsRoleWord(tokens[end - 2].Text) || NamedBeforeRoleWords(tokens, start, end - 1)))
        {
            var head = KindBeforeOf(tokens, start, end);
            Annotate(sentence, start, end, sentence.Span(start, end), head == PlaceKind.Unknown ? named : head, null, demonym: false);
            return true;
        }

        if (end - start >= 2 && tokens[start + 1].Kind == TokenKind.Number && PlaceWords.TryKind(tokens[start].Text, out var numbered))
        {
            // "Room 212", "Gate 5" (NameRuns.IsNumberedPart): a kind of place with its number.
            Annotate(sentence, start, end, sentence.Span(start, end), numbered, null, demonym: false);
            return true;
        }

        // "the west London suburb of Ealing": a kind of place before "of" is the kind of the name after it, not of this one.
        if (end < tokens.Count && !tokens[end].IsCapitalized && PlaceWords.TryKind(tokens[end].Text, out var lower) && lower != PlaceKind.Country
            && !(end + 1 < tokens.Count && tokens[end + 1].Is("of")))
        {
            // "the Metropole hotel", "Sentosa island".
            Annotate(sentence, start, end + 1, sentence.Span(start, end + 1), lower, null, demonym: false);
            return true;
        }

        if (start >= 2 && tokens[start - 1].Is("of") && !tokens[start - 2].IsCapitalized && PlaceWords.TryKind(tokens[start - 2].Text, out var ofKind)
            && !EventWords.IsEventNoun(tokens[end - 1].Text))
        {
            // "the border village of Panmunjom", "the port city of Wonsan".
            Annotate(sentence, start, end, sentence.Span(start, end), ofKind, null, demonym: false);
            return true;
        }

        if (PlaceApposition(tokens, end) is { } said)
        {
            // "the Sofitel Legend Metropole, the French colonial-era hotel", "Dong Dang, a small town on the Chinese border".
            Annotate(sentence, start, end, sentence.Span(start, end), said, null, demonym: false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Kunsan Air Base", "Taegu Army Base": a name of the place's own before role-like words ("air", "army") that qualify
    /// its kind; without one ("the Foreign Office", "the Press Office") the words are an office's, not a place's name.
    /// </summary>
    private static bool NamedBeforeRoleWords(List<Token> tokens, int start, int kindAt)
    {
        for (var i = start; i < kindAt; i++)
        {
            if (!RoleWords.IsRoleWord(tokens[i].Text) && !CommonWords.IsFunctionWord(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"at the Istana", "in Lidingo": a capitalized name after a preposition of place, that is nothing else, is a place whose kind the text does not say.</summary>
    internal static void PlaceAfterPreposition(ReadSentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var k = start - 1;
        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        // "in the Korean War", "at the Group of 20 summit": a name of an event, not a place.
        if (k < 0 || tokens[k].Text is not ("in" or "at" or "near" or "outside" or "inside") || sentence.IsTaken(start, end) || Time.Calendar.IsCalendarWord(tokens[start].Text)
            || EventWords.IsEventNoun(tokens[end - 1].Text) || NamesAnEvent(tokens, end))
        {
            return;
        }

        Annotate(sentence, start, end, sentence.Span(start, end), KindBeforeOf(tokens, start, end), null, demonym: false);
    }

    /// <summary>"the Great Hall of the People", "the Palace of the Sun": the kind the word before "of" names, if any.</summary>
    private static PlaceKind KindBeforeOf(List<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (tokens[i].Is("of"))
            {
                return tokens[i - 1].IsCapitalized && PlaceWords.TryKind(tokens[i - 1].Text, out var kind) && kind != PlaceKind.Country ? kind : PlaceKind.Unknown;
            }
        }

        return PlaceKind.Unknown;
    }

    /// <summary>A name followed by an event noun, maybe past "of 20" ("the Group of 20 summit", "the Singapore talks").</summary>
    private static bool NamesAnEvent(List<Token> tokens, int end)
    {
        var next = end + 1 < tokens.Count && tokens[end].Is("of") && tokens[end + 1].Kind == TokenKind.Number ? end + 2 : end;
        return next < tokens.Count && EventWords.IsEventNoun(tokens[next].Text);
    }

    /// <summary>The kind of place an apposition says a name is (", the ... hotel", ", a small town ..."), or null.</summary>
    private static PlaceKind? PlaceApposition(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Text is not ("the" or "a" or "an"))
        {
            return null;
        }

        for (var k = end + 2; k < Math.Min(tokens.Count, end + 7); k++)
        {
            if (tokens[k].Text is "," or "." or "of" or "in" or "on" or "at" or "near" or "where" or "which" or "that" || RoleWords.IsHead(tokens[k].Text))
            {
                return null;
            }

            // The place word must end the noun phrase: "a small town on the border", not "a coast guard captain".
            if (!tokens[k].IsCapitalized && PlaceWords.TryKind(tokens[k].Text, out var kind) && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || CommonWords.IsFunctionWord(tokens[k + 1].Text) || CommonWords.IsPreposition(tokens[k + 1].Text)
                    || !Relations.WordRelations.Default.IsNoun(tokens[k + 1].Text.ToLowerInvariant())))
            {
                return kind;
            }
        }

        return null;
    }

    private static void Annotate(ReadSentence sentence, int start, int end, string name, PlaceKind kind, Place? place, bool demonym)
    {
        var detail = $"{kind}|{place?.Country ?? string.Empty}{(demonym ? "|demonym" : string.Empty)}";
        sentence.Annotate(Reading.AnnotationKind.Place, start, end, name, detail);
        sentence.Take(start, end);
    }

    /// <summary>
    /// "DNA", "GPS", "ICBM": an acronym WordNet knows as a thing (a polymer, a missile), not an organisation ("CIA" is
    /// an agency, "NATO" an international organisation).
    /// </summary>
    private static bool IsCommonAcronym(string word)
    {
        var relations = Relations.WordRelations.Default;
        var lower = word.ToLowerInvariant();
        return relations.IsNoun(lower) && !OrganizationWords.Standalone.Contains(word)
            && !relations.Related(lower, Relations.Relation.Hypernym).Any(h => h.Split(' ').Any(w => OrganizationWords.IsHead(w) || w is "organization" or "organisation" or "agency" or "force"));
    }

    /// <summary>Whether the run is an organisation's name; if so it is annotated, and the token its name starts at is returned.</summary>
    private static int? IsOrganization(ReadSentence sentence, int start, int end, ArticlePeople people)
    {
        var tokens = sentence.Tokens;
        var last = tokens[end - 1].Text;
        var described = DescribedAsOrganization(tokens, start, end);
        var organization = (end - start >= 2 && OrganizationWords.IsHead(last) && !PlaceWords.Kinds.ContainsKey(last))
            || (end - start == 1 && (OrganizationWords.Standalone.Contains(last) || (tokens[start].IsAcronym && tokens[start].Text.Length >= 3 && !IsCommonAcronym(last))))
            || HeadBeforeOf(tokens, start, end) || described || KindBefore(tokens, start) is not null;
        if (!organization)
        {
            return null;
        }

        var from = described ? OpenedBefore(sentence, start, people) : start;
        sentence.Annotate(Reading.AnnotationKind.Organization, from, end, sentence.Span(from, end));
        sentence.Take(from, end);
        return from;
    }

    private static bool NamesPerson(ArticlePeople people, string word) =>
        people.All.Any(p => p.Name.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase));

    /// <summary>Small words inside an organisation's name ("Fighters for a Free ...", "Doctors without Borders").</summary>
    private static readonly HashSet<string> InnerPrepositions = new(StringComparer.Ordinal) { "for", "of", "against", "without" };

    /// <summary>
    /// "Parents for a Safer Internet, an advocacy group,": a name described as an organisation's runs back over a
    /// preposition and an article ("for a", "against the") to the plain English word or two that open it ("Parents"),
    /// which are no place, no name of a person read so far and no office. The token the name starts at.
    /// </summary>
    private static int OpenedBefore(ReadSentence sentence, int start, ArticlePeople people)
    {
        var tokens = sentence.Tokens;
        var k = start - 1;
        if (k >= 0 && tokens[k].Text is "a" or "an" or "the")
        {
            k--;
        }

        if (k < 1 || !InnerPrepositions.Contains(tokens[k].Text))
        {
            return start;
        }

        var first = k;
        for (var i = k - 1; i >= 0 && k - i <= 2 && tokens[i].IsCapitalized && !sentence.Taken.Contains(i); i--)
        {
            var lower = tokens[i].Text.ToLowerInvariant();
            if (!CommonWords.IsCommon(lower) || CommonWords.IsFunctionWord(lower) || NamesPerson(people, tokens[i].Text) || RoleWords.IsRoleWord(lower)
                || Time.Calendar.IsCalendarWord(lower) || Gazetteer.Default.Match(tokens, i, anyCase: false, out _) > 0)
            {
                return start;
            }

            first = i;
        }

        // The name's first word follows no other capitalized word: "Seoul Fighters for a ..." would be a longer name unread.
        return first < k && (first == 0 || !tokens[first - 1].IsCapitalized) ? first : start;
    }

    /// <summary>
    /// "the Swedish Ministry of Rural Affairs", "the Bank of Korea": an organisation's head word opens its name (after a
    /// country's adjective) and "of" follows it. A role after "of" ("... of Foreign Affairs spokesman Lu") is a person's.
    /// </summary>
    private static bool HeadBeforeOf(List<Token> tokens, int start, int end)
    {
        var head = start < end && Gazetteer.Default.Match(tokens, start, anyCase: false, out var places) is > 0 and var length && places.Any(p => p.IsDemonym) ? start + length : start;
        return head + 2 < end && OrganizationWords.IsHead(tokens[head].Text) && !PlaceWords.Kinds.ContainsKey(tokens[head].Text) && tokens[head + 1].Text == "of"
            && !Enumerable.Range(head + 2, end - head - 2).Any(k => RoleWords.IsHead(tokens[k].Text));
    }

    /// <summary>
    /// "Norrsken Orbital, a company based in Lulea,", "Aftonposten, a Stockholm newspaper,": a name whose description set
    /// off after it is headed by a noun of an organisation ("a company spokesman" is a person's).
    /// </summary>
    private static bool DescribedAsOrganization(List<Token> tokens, int start, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an")
            || Enumerable.Range(start, end - start).Any(k => RoleWords.IsRoleWord(tokens[k].Text)))
        {
            return false;
        }

        for (var k = end + 2; k < tokens.Count && k <= end + 5; k++)
        {
            if (!tokens[k].IsWord || CommonWords.IsFunctionWord(tokens[k].Text) || RoleWords.IsHead(tokens[k].Text))
            {
                return false;
            }

            if (OrganizationKinds.Describes(tokens[k].Text.ToLowerInvariant()))
            {
                return k + 1 >= tokens.Count || EndsDescription(tokens[k + 1]);
            }
        }

        return false;
    }

    /// <summary>
    /// "The two firms, Dalian Haibo Freight and Liaoning Danxing Forwarding, are ...": the noun of an organisation's kind
    /// set before a name, or before the list of names it is in, with a comma ("firms"); null when there is none.
    /// </summary>
    internal static string? KindBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        for (var names = 0; names < 4 && k >= 1; names++)
        {
            if (tokens[k].Text == "," && tokens[k - 1] is { IsWord: true, IsCapitalized: false } noun && OrganizationKinds.Describes(Singular(noun.Text.ToLowerInvariant())))
            {
                return Singular(noun.Text.ToLowerInvariant());
            }

            // Back over the separator and the name before it in the list.
            var separated = false;
            while (k >= 0 && tokens[k].Text is "," or "and")
            {
                separated = true;
                k--;
            }

            if (!separated || k < 0 || !tokens[k].IsCapitalized)
            {
                return null;
            }

            while (k >= 0 && (tokens[k].IsCapitalized || (tokens[k].Text is "of" or "for" && k > 0 && tokens[k - 1].IsCapitalized)))
            {
                k--;
            }
        }

        return null;
    }

    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    /// <summary>What may follow the noun heading a description: punctuation, a function word or a verb, not a possessive or another noun ("a company spokesman").</summary>
    private static bool EndsDescription(Token next)
    {
        if (next.Kind == TokenKind.Possessive || (next.IsWord && RoleWords.IsRoleWord(next.Text)))
        {
            return false;
        }

        var lower = next.Text.ToLowerInvariant();
        var relations = Relations.WordRelations.Default;
        return !next.IsWord || CommonWords.IsFunctionWord(lower) || !relations.IsNoun(lower) || relations.IsVerb(lower);
    }

    /// <summary>"South Korea's presidential office", "the Chinese foreign ministry": a place, then lower-case words ending in an organisation's head word.</summary>
    private static void OrganizationsWithLowerCaseHeads(ReadSentence sentence)
    {
        foreach (var place in sentence.Annotations.Where(a => a.Kind == Reading.AnnotationKind.Place).ToList())
        {
            var tokens = sentence.Tokens;
            var i = tokens.FindIndex(t => t.Start >= place.End);
            if (i < 0)
            {
                continue;
            }

            var from = tokens.FindIndex(t => t.Start == place.Start);
            var k = tokens[i].Kind == TokenKind.Possessive ? i + 1 : i;
            for (var n = k; n < Math.Min(tokens.Count, k + 3); n++)
            {
                if (!tokens[n].IsWord || tokens[n].IsCapitalized || CommonWords.IsFunctionWord(tokens[n].Text) || RoleWords.IsHead(tokens[n].Text))
                {
                    break;
                }

                if (OrganizationWords.IsHead(tokens[n].Text) && !RoleWords.IsRoleWord(tokens[n].Text) || tokens[n].Text is "media" or "military" or "government")
                {
                    // "North Korea's state news agency": a head word ("news") may be followed by the one that ends the name.
                    while (n + 1 < tokens.Count && tokens[n + 1] is { IsWord: true, IsCapitalized: false } next && OrganizationWords.IsHead(next.Text) && !RoleWords.IsRoleWord(next.Text))
                    {
                        n++;
                    }

                    sentence.Annotate(Reading.AnnotationKind.Organization, from, n + 1, sentence.Span(from, n + 1));
                    break;
                }
            }
        }
    }

    /// <summary>Two to five words, at least one of them not ordinary English (or an initial): a person's name, not "New Year" or "Rocket Man".</summary>
    private static bool LooksLikeName(List<Token> tokens, int start, int end)
    {
        if (end - start is < 2 or > 5)
        {
            return false;
        }

        if ((RoleWords.IsRoleWord(tokens[start].Text) && !TitleFinder.IsKinNeverTitle(tokens[start].Text)) || OrganizationWords.IsHead(tokens[end - 1].Text) || PlaceWords.Kinds.ContainsKey(tokens[end - 1].Text))
        {
            return false;
        }

        // "Joint Base Elmendorf-Richardson", "Seoul Station Plaza": a kind of place inside the name makes it a place's.
        for (var i = start + 1; i < end - 1; i++)
        {
            if (PlaceWords.Kinds.ContainsKey(tokens[i].Text))
            {
                return false;
            }
        }

        var unusual = false;
        for (var i = start; i < end; i++)
        {
            var word = tokens[i].Text;
            if ((CommonWords.IsFunctionWord(word) && !(i == start && FunctionWordOpensName(tokens, start, end))) || Time.Calendar.IsCalendarWord(word))
            {
                return false;
            }

            unusual |= (word.Length == 2 && word[1] == '.') || !CommonWords.IsCommon(word.ToLowerInvariant());
        }

        return unusual;
    }

    /// <summary>
    /// "and No Tae Gun, the chief of ...": a name's first syllable may be an English function word ("No", "So", "Do");
    /// capitalized inside a sentence, before words of a name (one of them no English, none a function word or a
    /// place's name), it opens the name. An article, a conjunction or a preposition never does ("In Seoul", "And Kim"
    /// are no one's names).
    /// </summary>
    private static bool FunctionWordOpensName(List<Token> tokens, int start, int end)
    {
        var lower = tokens[start].Text.ToLowerInvariant();
        if (NameRuns.StartsSentence(tokens, start) || end - start < 2 || CommonWords.IsPreposition(lower)
            || lower is "a" or "an" or "the" or "and" or "or" or "but" or "nor" or "if" or "then" or "than" or "i")
        {
            return false;
        }

        var unusual = false;
        for (var i = start + 1; i < end; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (CommonWords.IsFunctionWord(word) || Gazetteer.Default.Match(tokens, i, anyCase: false, out _) > 0)
            {
                return false;
            }

            unusual |= !CommonWords.IsCommon(word);
        }

        return unusual;
    }

    /// <summary>
    /// "Maya Thompson, a second-year public policy student, asked": two or more plain English words are a name when an
    /// apposition says what kind of person they are and names no office. (A name of plain words described by an office,
    /// "John Byrd, the laboratory's director", is still left unread: taking it as a person too moved a pronoun's or a
    /// quote's person in a held-out set, not yet understood.)
    /// </summary>
    private static bool DescribedAsPerson(List<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).All(k => tokens[k].IsWord && !CommonWords.IsFunctionWord(tokens[k].Text)
            && !Time.Calendar.IsCalendarWord(tokens[k].Text) && !RoleWords.IsRoleWord(tokens[k].Text))
        && TitleFinder.After(tokens, end) is { } apposition && TitleFinder.PersonHead(tokens, apposition.Start, apposition.End)
        && !Enumerable.Range(apposition.Start, apposition.End - apposition.Start).Any(k => RoleWords.IsHead(tokens[k].Text));

    /// <summary>
    /// "Rowan Ashby, 47, who runs ...": plain English words (or a surname WordNet knows) are a name when an age follows
    /// them between commas, as news writes a person's age; no place's name, no function, calendar or role word.
    /// </summary>
    private static bool Aged(List<Token> tokens, int start, int end) =>
        TitleFinder.PastAge(tokens, end) > end
        && Enumerable.Range(start, end - start).All(k => tokens[k].IsWord && !CommonWords.IsFunctionWord(tokens[k].Text)
            && !Time.Calendar.IsCalendarWord(tokens[k].Text) && !RoleWords.IsRoleWord(tokens[k].Text))
        && Gazetteer.Default.Match(tokens, start, anyCase: false, out _) == 0;

    /// <summary>
    /// "Song Tao, the head of the International Department, arrived": two or three plain English words (a Chinese name is
    /// often two) are a name when the apposition after them opens with an article and an office ("the head of", "a
    /// deputy director of"): the office says who the words are.
    /// </summary>
    private static bool DescribedByOffice(List<Token> tokens, int start, int end) =>
        end - start is 2 or 3
        && Enumerable.Range(start, end - start).All(k => tokens[k].IsWord && !CommonWords.IsFunctionWord(tokens[k].Text)
            && !Time.Calendar.IsCalendarWord(tokens[k].Text) && !RoleWords.IsRoleWord(tokens[k].Text))
        && end + 1 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text.ToLowerInvariant() is "the" or "a" or "an"
        && Enumerable.Range(end + 2, Math.Min(4, tokens.Count - end - 2)).TakeWhile(k => tokens[k].IsWord && !tokens[k].IsCapitalized && RoleWords.IsRoleWord(tokens[k].Text))
            .Any(k => RoleWords.IsHead(tokens[k].Text));

    private static bool FollowedBySpeech(List<Token> tokens, int end) => end < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[end].Text) && tokens[end].Text != "called";

    private static bool PrecededByRole(List<Token> tokens, int start) => start > 0 && tokens[start - 1].IsCapitalized && RoleWords.IsHead(tokens[start - 1].Text);
}
