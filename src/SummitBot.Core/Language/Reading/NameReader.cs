using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// The first pass over an article's sentences: reads each run of capitalized words as a place (<see cref="PlaceNames"/>),
/// an organisation (<see cref="OrganizationNames"/>), or a person with the title the text gives them; single capitalized words are left for the reference pass, which knows by
/// then every full name in the article.
/// </summary>
internal static class NameReader
{
    public static void Read(ReadSentence sentence, ArticlePeople people, IReadOnlySet<string> nameWords, List<PersonMention> mentions, List<(ReadSentence, int)> singles)
    {
        foreach (var (runStart, runEnd) in NameRuns.Find(sentence.Tokens, nameWords))
        {
            ReadRun(sentence, people, mentions, singles, runStart, runEnd);
        }

        OrganizationNames.ReadLowerCaseHeads(sentence);
    }

    /// <summary>One run of capitalized words: a place, a work's title, an organisation, or a person with their titles.</summary>
    private static void ReadRun(ReadSentence sentence, ArticlePeople people, List<PersonMention> mentions, List<(ReadSentence, int)> singles, int runStart, int runEnd)
    {
        var tokens = sentence.Tokens;
        var start = tokens[runStart].Text is "The" && runEnd - runStart > 1 ? runStart + 1 : runStart;
        if (HomeClause.Follows(tokens, runEnd))
        {
            // "for Lisbon, where she lives": a name someone lives in is a place, however much it looks like a person's.
            // A run joined through "for" ("on Sunday for Lisbon") has the place after it; the words before are read alone.
            var joined = Enumerable.Range(start + 1, Math.Max(0, runEnd - start - 2)).LastOrDefault(j => tokens[j].Text is "for", -1);
            if (PlaceNames.BeforeHomeClause(sentence, joined < 0 ? start : joined + 1, runEnd))
            {
                if (joined > start)
                {
                    ReadRun(sentence, people, mentions, singles, start, joined);
                }

                return;
            }
        }

        if (sentence.IsTaken(start, runEnd))
        {
            return;
        }

        if (runEnd - start == 2 && HonorificName.SexOf(tokens[start].Text) != '\0')
        {
            // "Ms. Lund": a courtesy title and a surname refer back to someone named in full, read with the other short
            // forms once every full name of the article is known.
            singles.Add((sentence, start + 1));
            return;
        }

        if (PlaceNames.TryRead(sentence, start, runEnd))
        {
            return;
        }

        if (WorkTitles.IsInside(tokens, start, runEnd))
        {
            // "watched the ballet "Liang Shanbo and Zhu Yingtai,"": the title of a work, no one's name.
            return;
        }

        if (OrganizationNames.TryRead(sentence, start, runEnd, people) is { } opened)
        {
            // "Fighters" in "Fighters for a Free ...": the organisation's first word, no single name of its own.
            singles.RemoveAll(s => s.Item1 == sentence && s.Item2 >= opened && s.Item2 < start);
            return;
        }

        if (PlaceBeforeJoiner(sentence, start, runEnd) is { } joiner)
        {
            // "left Pyongyang for Dandong", "Wonsan Station for Dandong": a place before "for" that no longer name reads
            // whole is a place of its own, and the words after "for" are read as a run of their own.
            ReadRun(sentence, people, mentions, singles, joiner + 1, runEnd);
            return;
        }

        if (runEnd - start > 2 && tokens[runEnd - 2].Text == "-")
        {
            // A place's name hyphened on (NameRuns.IsHyphenedTail), no person's.
            PlaceNames.AfterPreposition(sentence, start, runEnd);
            return;
        }

        var title = TitleFinder.InsideRun(tokens, start, runEnd);
        var nameStart = start + title;
        if (runEnd - nameStart == 1)
        {
            singles.Add((sentence, nameStart));
            return;
        }

        // A title set off before the name ("His father, Gary Prescott,", "the ministry's spokeswoman, Rose Hill,") says
        // whose name the words are, even when each is a plain English word or a town's.
        var titled = title > 0 || TitleFinder.Before(tokens, nameStart) >= 0 || TitleFinder.BeforeComma(tokens, nameStart, runEnd) >= 0 || NameRuns.FollowedBySpeech(tokens, runEnd)
            || DescribedAsPerson(tokens, nameStart, runEnd) || DescribedByOffice(tokens, nameStart, runEnd) || Aged(tokens, nameStart, runEnd);
        if (!LooksLikeName(tokens, nameStart, runEnd) && !(titled && runEnd - nameStart is >= 2 and <= 4 && !RoleWords.IsRoleWord(tokens[runEnd - 1].Text))
            && !EndsInSyllableI(tokens, nameStart, runEnd))
        {
            PlaceNames.AfterPreposition(sentence, start, runEnd);
            return;
        }

        var person = people.Register(sentence.Span(nameStart, runEnd), sentence.Ordinal);
        sentence.Take(nameStart, runEnd);
        mentions.Add(new PersonMention(sentence, nameStart, runEnd, person, IsReference: false));
        AddTitles(sentence, person, title > 0 ? TitleStart(tokens, start, title) : TitleFinder.Before(tokens, nameStart), nameStart, runEnd);
        // "The commander of the Harbour Guard, Colonel Chad Ward, said": a rank inside the run does not stop an office
        // set off before it from being the person's too.
        if (TitleFinder.BeforeComma(tokens, start, runEnd) is >= 0 and var setOff)
        {
            AddTitle(sentence, person, setOff, TitleFinder.SetOffComma(tokens, start));

            // "His brother, Ivo Berg, runs a ferry line": the role opens the clause, and what it says he runs is his too.
            if (OpensClause(tokens, setOff) && TitleFinder.RunsAsSubject(tokens, TitleFinder.PastAge(tokens, runEnd)) is { } runs)
            {
                AddTitle(sentence, person, runs.Start, runs.End);
            }
        }
    }

    /// <summary>
    /// The inner "for" of a run whose words before it read as a place (which this takes), or null: a run joined through
    /// "for" that is neither a place, an organisation nor a title as a whole. Not "of", whose kind of place before it names
    /// the whole ("the Great Hall of the People"); not after an organisation's head ("Korea Institute for ...").
    /// </summary>
    private static int? PlaceBeforeJoiner(ReadSentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        for (var j = start + 1; j < end - 1; j++)
        {
            if (tokens[j].Text is "for")
            {
                return !OrganizationWords.IsHead(tokens[j - 1].Text) && PlaceNames.TryRead(sentence, start, j) ? j : null;
            }
        }

        return null;
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

        var afterName = TitleFinder.After(sentence.Tokens, nameEnd, ofPerson: true) is { } said ? said.End : TitleFinder.PastAge(sentence.Tokens, nameEnd);
        if (OpensClause(sentence.Tokens, first) && TitleFinder.NamedAsSubject(sentence.Tokens, afterName) is { } given)
        {
            // "Ana Ruiz, a party official, was named premier": the office given is hers as much as the apposition, in
            // this sentence only; kept out of her catalog titles, so that "who was named premier?" does not read the
            // office as naming her and set her aside as the one asked about.
            sentence.Annotate(Reading.AnnotationKind.Title, given.Start, given.End, person.Key);
        }

        if (TitleFinder.After(sentence.Tokens, nameEnd, ofPerson: true) is { } apposition)
        {
            // "the former spy chief who is now the lead negotiator": one title, what the person was and is now.
            var end = TitleFinder.HeldNow(sentence.Tokens, apposition.End) is { } now ? now.End
                : TitleFinder.ClauseAfterNationality(sentence.Tokens, apposition) ?? apposition.End;
            AddTitle(sentence, person, apposition.Start, end);
        }
        else if (TitleFinder.HeldNow(sentence.Tokens, TitleFinder.PastAge(sentence.Tokens, nameEnd)) is { } held)
        {
            AddTitle(sentence, person, held.Start, held.End);
        }
        else if (TitleFinder.HeldOnce(sentence.Tokens, TitleFinder.PastAge(sentence.Tokens, nameEnd)) is { } before)
        {
            AddTitle(sentence, person, before.Start, before.End);
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

    /// <summary>Two to five words, at least one of them not ordinary English (or an initial): a person's name, not "New Year" or "Rocket Man".</summary>
    private static bool LooksLikeName(List<Token> tokens, int start, int end)
    {
        if (end - start is < 2 or > 5)
        {
            return false;
        }

        if ((RoleWords.IsRoleWord(tokens[start].Text) && !TitleFinder.IsKinNeverTitle(tokens[start].Text)) || OrganizationWords.IsHead(tokens[end - 1].Text) || PlaceWords.Kinds.ContainsKey(tokens[end - 1].Text)
            || EventWords.EndsEventName(tokens[end - 1].Text))
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
    /// deputy director of", "a tour manager who"): the office says who the words are.
    /// </summary>
    private static bool DescribedByOffice(List<Token> tokens, int start, int end) =>
        end - start is 2 or 3
        && Enumerable.Range(start, end - start).All(k => tokens[k].IsWord && !CommonWords.IsFunctionWord(tokens[k].Text)
            && !Time.Calendar.IsCalendarWord(tokens[k].Text) && !RoleWords.IsRoleWord(tokens[k].Text))
        && end + 1 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text.ToLowerInvariant() is "the" or "a" or "an"
        && OfficeHeads(tokens, end + 2);

    /// <summary>
    /// The apposition's lower-case words from <paramref name="from"/> make an office: role words with a head among them
    /// ("the deputy director of"), or plain words that end in a head ("a tour manager who ...", "a senior policy adviser").
    /// </summary>
    private static bool OfficeHeads(List<Token> tokens, int from)
    {
        var words = Enumerable.Range(from, Math.Max(0, Math.Min(4, tokens.Count - from)))
            .TakeWhile(k => tokens[k].IsWord && !tokens[k].IsCapitalized && !CommonWords.IsFunctionWord(tokens[k].Text) && !CommonWords.IsPreposition(tokens[k].Text))
            .ToList();
        var roles = words.TakeWhile(k => RoleWords.IsRoleWord(tokens[k].Text)).ToList();
        return roles.Any(k => RoleWords.IsHead(tokens[k].Text)) || words.Count > 0 && RoleWords.IsHead(tokens[words[^1]].Text);
    }
}
