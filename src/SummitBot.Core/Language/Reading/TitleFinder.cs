using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// Finds the title a text gives a person: before the name ("North Korean leader Kim Jong Un", "China's ambassador
/// Zhang Jun", inside a capitalized run: "U.S. Special Representative for North Korea Stephen Biegun"), or in an
/// apposition after it ("Kim Hyok Chol, the special representative for U.S. Affairs of ...,").
/// </summary>
internal static class TitleFinder
{
    private const int LongestApposition = 22;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "its" };

    private static readonly HashSet<string> AppositionEnds = new(StringComparer.OrdinalIgnoreCase) { "who", "whom", "which", "that", "whose" };

    /// <summary>How many tokens at the start of a capitalized run are a title ("Special Representative" in "Special Representative Biegun"), or 0.</summary>
    public static int InsideRun(List<Token> tokens, int start, int end)
    {
        var k = start;
        var head = -1;
        var afterRole = -1;
        while (k < end - 1)
        {
            var t = tokens[k];
            if (k == start && IsKinNeverTitle(t.Text))
            {
                // "Son Min-jae": English writes a son or a wife lower case before a name ("his son Min-jae"); capitalized
                // at a name's start it is the name's first syllable, not a title.
                break;
            }

            if (RoleWords.IsRoleWord(t.Text))
            {
                head = RoleWords.IsHead(t.Text) ? k : head;
                k++;
                afterRole = k;
            }
            else if (Gazetteer.Default.Match(tokens, k, anyCase: false, out _) is > 0 and var placeLength && k + placeLength < end)
            {
                // "Gen. Vincent Brooks", "Colonel Chad Ward": a one-word place right after the rank, with one word left
                // after it, is the name's first word; an office's place is written after "for" or "of", or is longer
                // than one name's word ("U.S. Special Representative for North Korea Stephen Biegun").
                if (afterRole == k && placeLength == 1 && k + placeLength == end - 1)
                {
                    break;
                }

                k += placeLength;
            }
            else if (t.IsAcronym && t.Text.Length <= 5 && k + 1 < end && RoleWords.IsRoleWord(tokens[k + 1].Text))
            {
                k++;
            }
            else if (k + 2 < end && t.Text.Length >= 5 && RoleWords.IsHead(tokens[k + 1].Text) && CommonWords.IsCommon(t.Text.ToLowerInvariant()))
            {
                // "Transport Minister Kim Hyun-mee", "Energy Secretary ...": an ordinary word before an office's head
                // says what the office is of; it is no part of the name. Short words are often names' syllables that
                // English happens to have ("Ri Son Gwon": "ri", and "son" a head word of kin).
                k++;
            }
            else if (OrdinaryWordsBeforeHead(tokens, k, end) is > 0 and var ordinary)
            {
                // "Maritime Fisheries Minister ...", "Overseas Trade Relations Minister ...": several such words.
                k += ordinary;
            }
            else if (t.Text is "for" or "of" or "the" && k > start)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        // The title ends at its last role word: "Special Representative for North Korea" keeps its place, but a place
        // after the last role word is the title's ("for North Korea"), so keep what the scan took.
        // "Secretary of State Mike Pompeo": a run that starts after "of" with role words ends a title begun before it.
        var continues = head < 0 && start >= 2 && tokens[start - 1].Text is "of" or "for" && RoleWords.IsHead(tokens[start - 2].Text) && afterRole == k;
        return (head >= 0 || continues) && k > start && k < end && !RoleWords.IsRoleWord(tokens[k].Text) ? k - start : 0;
    }

    /// <summary>
    /// How many ordinary English words (two or three, each of five letters or more, none an office's head) stand right before
    /// an office's head that a name follows ("Overseas Trade Relations Minister Ola Berg"), or 0: what the office is of.
    /// </summary>
    private static int OrdinaryWordsBeforeHead(List<Token> tokens, int k, int end)
    {
        for (var n = 2; n <= 3 && k + n + 1 < end; n++)
        {
            var words = Enumerable.Range(k, n);
            if (words.All(i => tokens[i].IsWord && tokens[i].Text.Length >= 5 && !RoleWords.IsHead(tokens[i].Text) && CommonWords.IsCommon(tokens[i].Text.ToLowerInvariant()))
                && RoleWords.IsHead(tokens[k + n].Text))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Kin words that are never set capitalized before a name as a title (unlike "Father", "Sister" of the clergy).</summary>
    internal static bool IsKinNeverTitle(string word) => word is "Son" or "Daughter" or "Wife" or "Husband" or "Cousin";

    /// <summary>The title just before a name that starts at <paramref name="nameStart"/>: its first token, or -1.</summary>
    public static int Before(List<Token> tokens, int nameStart)
    {
        var k = nameStart - 1;
        var hasHead = false;
        if (k >= 2 && tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !CommonWords.IsFunctionWord(tokens[k].Text) && tokens[k - 1].Text == "of" && RoleWords.IsHead(tokens[k - 2].Text))
        {
            // "acting White House chief of staff Mick Mulvaney": an office's head with "of" and a lower-case noun ("chief of
            // staff") is one office before the name; not "of the" ("the president of the Korean Red Cross" names a body).
            k -= 2;
        }

        while (k >= 0)
        {
            var t = tokens[k];
            if (t.IsWord && RoleWords.IsRoleWord(t.Text))
            {
                hasHead |= RoleWords.IsHead(t.Text);
            }
            else if (k + 1 < nameStart && RoleWords.QualifiesKin(t.Text) && RoleWords.IsKin(tokens[k + 1].Text))
            {
                // "his elder son, Thae Ju Hyok": which son he is belongs to the relation, as "deputy" does to an office.
            }
            else if (t.IsCapitalized || (t.Kind == TokenKind.Possessive && k > 0 && tokens[k - 1].IsCapitalized))
            {
                // "North Korean", "U.S.", "China's": who the office belongs to.
            }
            else if (t.Text is "for" or "of" or "to" && k + 1 < nameStart && (tokens[k + 1].IsCapitalized || tokens[k + 1].Text == "the") && !hasHead)
            {
                // "Special Representative for North Korea Stephen Biegun"; but in "the spokeswoman for South Korean
                // President Moon Jae-in" the title has its head after "for": what comes before is someone else's.
            }
            else if (t.Text == "the" && k + 1 < nameStart && tokens[k + 1].IsCapitalized && k > 0 && tokens[k - 1].Text is "of" or "to" or "for")
            {
            }
            else
            {
                break;
            }

            k--;
        }

        var first = k + 1;
        while (first < nameStart && (tokens[first].Text is "for" or "of" or "to" or "the" || tokens[first].Kind == TokenKind.Possessive))
        {
            first++;
        }

        return hasHead && first < nameStart ? first : -1;
    }

    /// <summary>
    /// A title set off before a name by a comma, the name closed by another comma or a speech verb: "North Korea's
    /// first vice foreign minister, Choe Son Hui, said", "Xi and his wife, Peng Liyuan, landed". Its first token, or -1.
    /// </summary>
    public static int BeforeComma(List<Token> tokens, int nameStart, int nameEnd)
    {
        var comma = SetOffComma(tokens, nameStart);
        if (comma < 1 || !(nameEnd >= tokens.Count || tokens[nameEnd].Text is "," or "." || SpeechVerbs.IsSpeechVerb(tokens[nameEnd].Text)))
        {
            return -1;
        }

        if (HeadBeforeComma(tokens, comma) is not { } head)
        {
            return OwnedKindOfPerson(tokens, comma) is >= 0 and var owned ? owned : PlaceInGroup.Start(tokens, comma);
        }

        var first = Before(tokens, head + 1);
        if (first < 0)
        {
            return -1;
        }

        // "his wife", "her husband": whose relation it is, said by the pronoun before it.
        return first > 0 && tokens[first - 1].Text.ToLowerInvariant() is "his" or "her" or "their" ? first - 1 : first;
    }

    /// <summary>
    /// The comma that sets a title off before a name: right before it, or before a short description of the person
    /// that the name follows with no comma of its own ("the club's captain, Hammarby striker Ola Berg,"): a few
    /// capitalized words and a lower-case noun of a kind of person. The comma's index, or -1.
    /// </summary>
    public static int SetOffComma(List<Token> tokens, int nameStart)
    {
        if (nameStart >= 2 && tokens[nameStart - 1].Text == ",")
        {
            return nameStart - 1;
        }

        var noun = nameStart - 1;
        if (noun < 3 || !tokens[noun].IsWord || !char.IsLower(tokens[noun].Text[0]) || CommonWords.IsFunctionWord(tokens[noun].Text)
            || !(RoleWords.IsHead(tokens[noun].Text) || Relations.PersonNouns.IsSaidOfPerson(tokens[noun].Text)))
        {
            return -1;
        }

        var k = noun;
        while (k > 1 && noun - k < 3 && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord)
        {
            k--;
        }

        return k < noun && tokens[k - 1].Text == "," ? k - 1 : -1;
    }

    /// <summary>Pronouns that say whose relation or role a noun is ("his lawyer", "her coach").</summary>
    private static readonly HashSet<string> OwningPronouns = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its" };

    /// <summary>
    /// "according to Norway's coach, Lars Holm.", "her lawyer, Anna Berg, said": a noun of a kind of person that is no
    /// office (WordNet's, <see cref="Relations.PersonNouns.IsSaidOfPerson"/>), owned by a possessive or a pronoun and set
    /// off before a name, says who the name is as an office does. Where the title starts (at its owner), or -1. The owner
    /// is part of the title: Norway's coach is not another side's.
    /// </summary>
    private static int OwnedKindOfPerson(List<Token> tokens, int comma)
    {
        var head = comma - 1;
        // "His lawyer, Petter Holm, said": the pronoun may open the sentence.
        if (head < 1 || !tokens[head].IsWord || !char.IsLower(tokens[head].Text[0]) || !Relations.PersonNouns.IsSaidOfPerson(tokens[head].Text))
        {
            return -1;
        }

        // "Norway's assistant coach": a word or two qualifying the noun, in lower case, or a nationality ("the club's
        // Danish coach": where the person is from, not whose coach).
        var k = head - 1;
        while (k > 0 && head - k <= 2 && tokens[k].IsWord && (char.IsLower(tokens[k].Text[0]) || IsNationality(tokens[k].Text)) && tokens[k].Kind != TokenKind.Possessive
            && !CommonWords.IsFunctionWord(tokens[k].Text) && !OwningPronouns.Contains(tokens[k].Text))
        {
            k--;
        }

        if (OwningPronouns.Contains(tokens[k].Text))
        {
            return k;
        }

        if ((tokens[k].Is("a") || tokens[k].Is("an")) && OpensClause(tokens, k))
        {
            // "A retired fisherman, Ivo Berg, 71, found the boat": one of a kind of person, opening the clause and set
            // off before the name, is who the named one is, as with "the".
            return k;
        }

        if (tokens[k].Is("the") && OpensClause(tokens, k) && !PluralNouns.LooksPlural(tokens[head].Text))
        {
            // "The coach, Lars Holm, said": "the" and one kind of person opening the clause are the named one's role
            // in the story; not "the players" (several people), nor "after meeting the farmer, X said" (another's).
            return k;
        }

        if (tokens[k].Kind != TokenKind.Possessive || k < 1)
        {
            return -1;
        }

        // The owner: a name in capitals ("Norway's", "the Red Cross's"), or "the" and a noun ("the club's").
        var first = k - 1;
        while (first > 0 && k - first < 4 && tokens[first - 1].IsCapitalized && tokens[first].IsCapitalized)
        {
            first--;
        }

        if (tokens[first].IsCapitalized)
        {
            return first > 0 && tokens[first - 1].Is("the") ? first - 1 : first;
        }

        return first > 0 && tokens[first].IsWord && tokens[first - 1].Is("the") ? first - 1 : -1;
    }

    /// <summary>"Danish", "Canadian": a demonym of a country, the gazetteer's (not the country's name itself).</summary>
    private static bool IsNationality(string word) =>
        char.IsUpper(word[0]) && World.Gazetteer.Default.Find(word).Any(p => p.IsDemonym);

    /// <summary>Whether a title at <paramref name="first"/> opens its clause: the sentence's start, after a comma, a quote or a verb of saying ("said the coach, ...").</summary>
    private static bool OpensClause(List<Token> tokens, int first) =>
        first == 0 || tokens[first - 1].Text is "," or ";" || tokens[first - 1].Kind == TokenKind.Quote || SpeechVerbs.IsSpeechVerb(tokens[first - 1].Text);

    /// <summary>
    /// The role's head before the comma: right before it ("first vice foreign minister,"), or before the place or body
    /// the office is in or to ("Russia's ambassador in Moscow,", "China's envoy to the United Nations,"), named in
    /// capitals. Null when there is none.
    /// </summary>
    private static int? HeadBeforeComma(List<Token> tokens, int comma)
    {
        var k = comma - 1;
        if (RoleWords.IsHead(tokens[k].Text))
        {
            return k;
        }

        var named = 0;
        while (k > 0 && named < 5 && tokens[k].IsCapitalized)
        {
            k--;
            named++;
        }

        if (named > 0 && k > 0 && tokens[k].Text == "the")
        {
            k--;
        }

        // "envoy on Arctic affairs": "on" gives what the office is charged with, as "for" does.
        return named > 0 && k > 0 && tokens[k].Text is "in" or "to" or "at" or "for" or "of" or "on" && RoleWords.IsHead(tokens[k - 1].Text) ? k - 1 : OfficeOfBody(tokens, comma);
    }

    /// <summary>How many words a body an office is of may take before the comma ("the Southern District of New York").</summary>
    private const int LongestBody = 8;

    /// <summary>
    /// "the State Attorney for the Northern District of Alder County,", "A member of the city's planning board,": an
    /// office's head, "of" or "for", and a body named at length (names joined by "of" or "the", or lower-case words and
    /// a possessive). The head's index, or null. Only where the title opens its clause: in "after talks with the head
    /// of the delegation, Kim said" the office is another's.
    /// </summary>
    private static int? OfficeOfBody(List<Token> tokens, int comma)
    {
        for (var k = comma - 1; k >= 1 && comma - k <= LongestBody; k--)
        {
            var t = tokens[k];
            if (k < comma - 1 && t.Text is "of" or "for" && RoleWords.IsHead(tokens[k - 1].Text))
            {
                var head = k - 1;
                var first = Before(tokens, head + 1) is >= 0 and var before ? before : head;
                first = first > 0 && tokens[first - 1].Text.ToLowerInvariant() is "the" or "a" or "an" ? first - 1 : first;
                return OpensClause(tokens, first) ? head : null;
            }

            var bodyWord = t.Kind == TokenKind.Possessive || (t.IsWord && (t.IsCapitalized || !CommonWords.IsFunctionWord(t.Text) || t.Text is "the" or "of" or "for" or "and"));
            if (!bodyWord || SpeechVerbs.IsSpeechVerb(t.Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Auxiliaries that make the words before them a clause's subject (an apposition has no verb of its own).</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "did", "does", "do", "didn't", "doesn't", "don't", "can", "could", "cannot", "should", "may", "might", "must", "are", "were",
    };

    /// <summary>
    /// An apposition after a name that ends at <paramref name="nameEnd"/>: its token range, or null. <paramref name="ofPerson"/>:
    /// the name is already read as a person's, so a noun of a kind of person may be one WordNet has a step further from
    /// "person" ("Ane Berg, the club's goalkeeper,": <see cref="Relations.PersonNouns.IsSaidOfPerson"/>).
    /// </summary>
    public static (int Start, int End)? After(List<Token> tokens, int nameEnd, bool ofPerson = false)
    {
        nameEnd = PastAge(tokens, nameEnd);
        if (nameEnd + 1 >= tokens.Count || tokens[nameEnd].Text is not ("," or "is" or "was"))
        {
            return null;
        }

        var start = nameEnd + 1;
        var role = WhenHeld(tokens, start) ? start + 1 : start;
        var possessive = role + 1 < tokens.Count && tokens[role].IsCapitalized && tokens.Skip(role).Take(4).Any(t => t.Kind == TokenKind.Possessive);
        if (role >= tokens.Count || (!Determiners.Contains(tokens[role].Text) && !possessive && !BareRole(tokens, role)))
        {
            // "X, acting chief of staff Y, ..." is a list, not an apposition.
            return null;
        }

        return Described(tokens, start, ofPerson);
    }

    /// <summary>
    /// "Jang Sung Gil, then the North's ambassador to Egypt, defected": a word of time before an apposition says when the
    /// office was held; the apposition is the title all the same, and keeps the word ("then ...", "now ...").
    /// </summary>
    private static bool WhenHeld(List<Token> tokens, int start) =>
        start + 1 < tokens.Count && tokens[start].Text is "then" or "now" or "formerly" or "once" or "currently" or "previously" or "later";

    /// <summary>
    /// "Ivar Lund, a Norwegian who worked for Fjord Cargo, said": an apposition of a nationality alone says little of who
    /// the person is, and the relative clause after it says the rest; the title runs to the clause's end. That end, or
    /// null. Not a clause of saying ("who said ..."), which tells a deed, not who one is.
    /// </summary>
    public static int? ClauseAfterNationality(List<Token> tokens, (int Start, int End) apposition)
    {
        var (start, end) = apposition;
        if (end + 2 >= tokens.Count || !tokens[end].Is("who") || !(tokens[start].Is("a") || tokens[start].Is("an"))
            || Gazetteer.Default.Match(tokens, start + 1, anyCase: false, out var places) is not (> 0 and var length) || start + 1 + length != end
            || !places.Any(p => p.IsDemonym))
        {
            return null;
        }

        var k = end + 1;
        while (k < tokens.Count && k - end < LongestApposition && tokens[k].Text is not ("," or ";" or "." or ":" or "(" or ")") && tokens[k].Kind != TokenKind.Quote)
        {
            if (SpeechVerbs.IsSpeechVerb(tokens[k].Text))
            {
                return null;
            }

            k++;
        }

        return k > end + 2 ? k : null;
    }

    /// <summary>Words of time that open a title said of an office held before ("then the ambassador to Egypt"): the title is said with "was".</summary>
    public static bool HeldBefore(string title) =>
        title.Split(' ', 2)[0] is "then" or "formerly" or "once" or "previously" or "later";

    /// <summary>
    /// "Victor Lam, a former diplomat who is now chair of ...": the office a relative clause says the person holds now,
    /// after the apposition (or right after the name's comma), or the one a verb of naming gave ("who was named ..."). Its
    /// token range, or null. "who was" alone is an office held before, and a clause of another verb says a deed, not an
    /// office. The words must have a role's head.
    /// </summary>
    public static (int Start, int End)? HeldNow(List<Token> tokens, int from)
    {
        var k = from < tokens.Count && tokens[from].Text == "," ? from + 1 : from;
        if (k + 2 >= tokens.Count || !tokens[k].Is("who") || !(tokens[k + 1].Is("is") || (tokens[k + 1].Is("was") && NamingVerbs.Contains(tokens[k + 2].Text))))
        {
            return null;
        }

        // "who was named the office's secretary general": the office the naming gave, not one held before.
        var start = tokens[k + 2].Text is "now" or "currently" || NamingVerbs.Contains(tokens[k + 2].Text) ? k + 3 : k + 2;
        return start < tokens.Count && Described(tokens, start) is { } office && Enumerable.Range(office.Start, office.End - office.Start).Any(i => RoleWords.IsHead(tokens[i].Text))
            ? office
            : null;
    }

    /// <summary>
    /// "Ivo Berg, who was Latvia's consul in Oslo until 2019, ...": with no apposition to say who the person is, the
    /// office a "who was" clause says they held before. Its token range from "was", so that it is said as held then
    /// ("Ivo Berg was Latvia's consul in Oslo ..."), or null. The words must have a role's head; an office a verb of
    /// naming gave ("who was named ...") is <see cref="HeldNow"/>'s, and a clause of another verb says a deed.
    /// </summary>
    public static (int Start, int End)? HeldOnce(List<Token> tokens, int from)
    {
        var k = from < tokens.Count && tokens[from].Text == "," ? from + 1 : from;
        if (k + 2 >= tokens.Count || !tokens[k].Is("who") || !tokens[k + 1].Is("was") || NamingVerbs.Contains(tokens[k + 2].Text))
        {
            return null;
        }

        // "who was sailing with the envoy": a deed with a role further on, no office; an office opens on its article,
        // its owner's name or its own head ("who was the port's pilot", "who was Latvia's consul").
        if (!(tokens[k + 2].Text is "the" or "a" or "an" || tokens[k + 2].IsCapitalized || RoleWords.IsHead(tokens[k + 2].Text)))
        {
            return null;
        }

        return Described(tokens, k + 2) is { } office && Enumerable.Range(office.Start, office.End - office.Start).Any(i => RoleWords.IsHead(tokens[i].Text))
            ? (k + 1, office.End)
            : null;
    }

    /// <summary>Verbs of running something, said in the present: "who runs a tour agency" says what a person does for a living.</summary>
    private static readonly HashSet<string> RunningVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "runs", "heads", "leads", "manages", "directs", "chairs", "owns",
    };

    /// <summary>
    /// "Mara Lindqvist, 52, who runs Polar Lines, a ferry company, said ...": a person given no office, only a relative
    /// clause saying what they run, is that: the clause without its "who" ("runs Polar Lines") is their title, said as
    /// a deed ("Mara Lindqvist runs Polar Lines"). Its token range (from the verb), or null. Only right after the name
    /// (or its age): after an apposition the apposition says who they are.
    /// </summary>
    public static (int Start, int End)? Runs(List<Token> tokens, int from)
    {
        var k = from < tokens.Count && tokens[from].Text == "," ? from + 1 : from;
        if (k + 2 >= tokens.Count || !tokens[k].Is("who") || !RunningVerbs.Contains(tokens[k + 1].Text) || !tokens[k + 2].IsCapitalized && !Determiners.Contains(tokens[k + 2].Text))
        {
            return null;
        }

        return Ran(tokens, k + 1);
    }

    /// <summary>
    /// "His younger brother, Ivo Berg, runs a ferry line, which ...": a name set off after the role that opens the
    /// clause, with a verb of running right after its closing comma: the clause says what the named one runs, as "who
    /// runs" would. Its token range (from the verb), or null. The caller checks the role set off before the name.
    /// </summary>
    public static (int Start, int End)? RunsAsSubject(List<Token> tokens, int from)
    {
        if (from + 2 >= tokens.Count || tokens[from].Text != "," || !RunningVerbs.Contains(tokens[from + 1].Text)
            || !tokens[from + 2].IsCapitalized && !Determiners.Contains(tokens[from + 2].Text))
        {
            return null;
        }

        return Ran(tokens, from + 1);
    }

    /// <summary>
    /// What a verb of running at <paramref name="verb"/> runs, up to the clause's end: the range from the verb, or null.
    /// "called" or "named" after what is run gives its name ("runs a group called Open Sea"), no one's words.
    /// </summary>
    private static (int Start, int End)? Ran(List<Token> tokens, int verb)
    {
        var end = verb + 1;
        while (end < tokens.Count && end - verb < LongestApposition - 1 && tokens[end].Text is not ("," or ";" or "." or ":" or "(" or ")") && tokens[end].Kind != TokenKind.Quote
            && !AppositionEnds.Contains(tokens[end].Text) && (!SpeechVerbs.IsSpeechVerb(tokens[end].Text) || (end > verb + 1 && tokens[end].Text is "called" or "named")))
        {
            end++;
        }

        return end > verb + 1 ? (verb, end) : null;
    }

    /// <summary>Whether a title is said as a deed ("runs Polar Lines", "was Latvia's consul ..."): the person "runs" it, and is not "is runs" it.</summary>
    public static bool SaidAsDeed(string title) => RunningVerbs.Contains(title.Split(' ', 2)[0]) || title.StartsWith("was ", StringComparison.Ordinal);

    /// <summary>
    /// "At the meeting, Ana Ruiz, a party official, was named premier": the office a verb of naming gives the subject of
    /// its clause, said after the name (and its apposition or age) with "was" or "has been". Its token range, or null.
    /// The caller checks that the name opens its clause; the words must have a role's head.
    /// </summary>
    public static (int Start, int End)? NamedAsSubject(List<Token> tokens, int from)
    {
        var k = from < tokens.Count && tokens[from].Text == "," ? from + 1 : from;
        if (k + 1 < tokens.Count && (tokens[k].Is("has") || tokens[k].Is("had")) && tokens[k + 1].Is("been"))
        {
            k++;
        }

        if (k + 2 >= tokens.Count || !(tokens[k].Is("was") || tokens[k].Is("been") || tokens[k].Is("is")) || !NamingVerbs.Contains(tokens[k + 1].Text))
        {
            return null;
        }

        // "was named as premier", "was named the new premier": the office after the verb (and its "as").
        var start = tokens[k + 2].Is("as") ? k + 3 : k + 2;
        return start < tokens.Count && Described(tokens, start) is { } office && Enumerable.Range(office.Start, office.End - office.Start).Any(i => RoleWords.IsHead(tokens[i].Text))
            ? office
            : null;
    }

    /// <summary>
    /// "The North's co-chair is Deputy Minister Lena Ohm": a role said as the subject of "is", right before the name (or
    /// its title), whose holder the name is. Its token range, or null. The role must open its clause and be owned ("the",
    /// a capitalized possessor), and end in a role's head: "the threat to the leader is ..." opens no clause at "the".
    /// </summary>
    public static (int Start, int End)? SubjectRole(List<Token> tokens, int first)
    {
        var be = first - 1;
        if (be < 1 || !tokens[be].Is("is") || !IsRoleHead(tokens[be - 1].Text))
        {
            return null;
        }

        var start = be - 1;
        while (start > 0 && (RoleWords.IsRoleWord(tokens[start - 1].Text) || tokens[start - 1].IsCapitalized || tokens[start - 1].Kind == TokenKind.Possessive || tokens[start - 1].Is("the")))
        {
            start--;
        }

        var opens = start == 0 || tokens[start - 1].Text is "," or ";" or "and" or "but";
        var owned = tokens[start].Is("the") || Enumerable.Range(start, be - start).Any(i => tokens[i].Kind == TokenKind.Possessive);
        return opens && owned && be - start <= 6 ? (start, be) : null;
    }

    /// <summary>A role's head, or one shared by two ("co-chair", "co-head"): the head after a lower-case "co-" or "vice-".</summary>
    private static bool IsRoleHead(string word)
    {
        if (RoleWords.IsHead(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && word[..hyphen] is "co" or "vice" && RoleWords.IsHead(word[(hyphen + 1)..]);
    }

    /// <summary>Verbs that give a person an office, the office said after "as": "named Lena Ohm, 61, as chair of ...".</summary>
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "named", "names", "appointed", "appoints", "elected", "elects", "re-elected", "reelected", "nominated", "nominates", "chose",
        "picked", "tapped", "designated", "installed", "confirmed", "promoted",
    };

    /// <summary>
    /// "named Lena Ohm, 61, as chair of the Standing Council": the office a verb of naming gives the person it names,
    /// after "as" (past the age). Its token range, or null. "quoted Kim as saying" names no office: the words after
    /// "as" must have a role's head.
    /// </summary>
    public static (int Start, int End)? AsNamed(List<Token> tokens, int nameStart, int nameEnd)
    {
        nameEnd = PastAge(tokens, nameEnd);
        if (nameStart < 1 || !NamingVerbs.Contains(tokens[nameStart - 1].Text))
        {
            return null;
        }

        var at = nameEnd < tokens.Count && tokens[nameEnd].Text == "," ? nameEnd + 1 : nameEnd;
        if (at + 1 >= tokens.Count || !tokens[at].Is("as"))
        {
            return null;
        }

        return Described(tokens, at + 1) is { } office && Enumerable.Range(office.Start, office.End - office.Start).Any(k => RoleWords.IsHead(tokens[k].Text)) ? office : null;
    }

    /// <summary>The words from <paramref name="start"/> that say who a person is, up to the clause's next break: their range, or null.</summary>
    private static (int Start, int End)? Described(List<Token> tokens, int start, bool ofPerson = false)
    {
        var end = start;
        var hasHead = false;
        while (end < tokens.Count && end - start < LongestApposition)
        {
            var t = tokens[end];
            if (end > start && Auxiliaries.Contains(t.Text))
            {
                // "According to X, his father did not speak ...": the words after the comma are the subject of a
                // clause of their own, not a title of X.
                return null;
            }

            if (end > start && SpeechVerbs.IsSpeechVerb(t.Text))
            {
                // "after the death of her aunt, Ilse Mets, the town hall said": with no comma to close them, the words
                // after the name are the subject of a verb of saying, who tells of the person, not a title of theirs
                // ("Ilse Mets, the town's mayor, said" closes its apposition with a comma).
                return null;
            }

            if (t.Text is "," or ";" or "." or ")" or "(" or ":" || t.Kind == TokenKind.Quote || AppositionEnds.Contains(t.Text) || SpeechVerbs.IsSpeechVerb(t.Text)
                || (t.Text is "will" or "would" or "has" or "had" or "is" or "was" or "said" && end > start))
            {
                break;
            }

            hasHead |= t.IsWord && RoleWords.IsHead(t.Text);
            end++;
        }

        return (hasHead || PersonHead(tokens, start, end, ofPerson) || (ofPerson && NationalOfAKind(tokens, start, end))) && end > start ? (start, end) : null;
    }

    /// <summary>
    /// "Ane Berg, a Norwegian left back, scored twice": after a person's name, an apposition of "a", a nationality and a
    /// few plain lower-case words says what the person is, though WordNet may not know the words as a kind of person
    /// (a player's position, a trade). Nothing else: no preposition or clause, which could make it a thing's.
    /// </summary>
    private static bool NationalOfAKind(List<Token> tokens, int start, int end)
    {
        if (end - start < 3 || !tokens[start].Is("a") && !tokens[start].Is("an")
            || Gazetteer.Default.Match(tokens, start + 1, anyCase: false, out var places) is not (> 0 and var length) || !places.Any(p => p.IsDemonym))
        {
            return false;
        }

        var words = Enumerable.Range(start + 1 + length, end - start - 1 - length).ToList();
        // Function words are let through but for prepositions, articles and joiners: "back" is one, as an adverb.
        return words.Count is >= 1 and <= 3 && words.All(k => tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !CommonWords.IsPreposition(tokens[k].Text)
            && tokens[k].Text is not ("a" or "an" or "the" or "and" or "or" or "but" or "that" or "this" or "which") && !Time.Calendar.IsCalendarWord(tokens[k].Text));
    }

    /// <summary>
    /// "General Kim Rak Gyom, commander of the Strategic Force": a role without an article, of or for something named
    /// ("of the ...", "of Pyongyang's ..."). "X, chief of staff Y" (no "the" or name after "of") is a list, not this.
    /// </summary>
    /// <remarks>
    /// The role may take a few role words before its head ("general secretary of the party", "deputy prime minister for
    /// ..."), all in lower case: a capitalized one starts a name of its own.
    /// </remarks>
    private static bool BareRole(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end - start < 3 && !tokens[end].IsCapitalized && tokens[end].IsWord && RoleWords.IsRoleWord(tokens[end].Text))
        {
            end++;
        }

        return end > start && end + 1 < tokens.Count && RoleWords.IsHead(tokens[end - 1].Text)
            && tokens[end].Text is "of" or "for" && (tokens[end + 1].Is("the") || tokens[end + 1].IsCapitalized);
    }

    /// <summary>
    /// "Smith, 74, general secretary of ...": news writes a person's age between the name and the apposition; the
    /// apposition starts after it. The comma after the age, or <paramref name="nameEnd"/> when no age follows the name.
    /// </summary>
    internal static int PastAge(List<Token> tokens, int nameEnd) =>
        nameEnd + 3 < tokens.Count && tokens[nameEnd].Text == "," && tokens[nameEnd + 1].Kind == TokenKind.Number
        && int.TryParse(tokens[nameEnd + 1].Text, out var age) && age is > 0 and < 120 && tokens[nameEnd + 2].Text == ","
            ? nameEnd + 2
            : nameEnd;

    /// <summary>
    /// "Maya Thompson, a second-year public policy student, asked ...": an apposition whose head noun (the last word
    /// before its first preposition, conjunction or clause) names a kind of person says who the name is, though it
    /// names no office. "Dong Dang, a small stop on the Chinese border" does not, nor "a monument to the soldiers".
    /// </summary>
    internal static bool PersonHead(List<Token> tokens, int start, int end, bool ofPerson = false)
    {
        var head = -1;
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Possessive || (k == start && Determiners.Contains(t.Text)) || t.Text == "-")
            {
                continue;
            }

            if (head < 0 && AgeReader.YearsOld(tokens, k))
            {
                // "a 47-year-old bus driver": the age before the noun tells how old, not what the person is; the noun
                // after it is the head all the same.
                k += 2;
                continue;
            }

            if (!t.IsWord || CommonWords.IsFunctionWord(t.Text))
            {
                break;
            }

            head = k;
        }

        return head >= 0 && (ofPerson ? Relations.PersonNouns.IsSaidOfPerson(tokens[head].Text) : Relations.PersonNouns.Is(tokens[head].Text));
    }
}
