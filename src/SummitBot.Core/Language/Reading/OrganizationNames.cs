using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// Names that are organisations': a head word ("... Department", "the Bank of Korea"), a known acronym ("KCNA"), a
/// description set off after the name ("Aftonposten, a Stockholm newspaper,"), a kind said before a list ("The two
/// firms, ..."), and a place followed by lower-case words ending in a head word ("the Chinese foreign ministry").
/// </summary>
internal static class OrganizationNames
{
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
    public static int? TryRead(ReadSentence sentence, int start, int end, ArticlePeople people)
    {
        var tokens = sentence.Tokens;
        if (OpensDateline(tokens, start, end))
        {
            return null;
        }

        var last = tokens[end - 1].Text;
        var described = DescribedAsOrganization(tokens, start, end);
        var organization = (end - start >= 2 && OrganizationWords.IsHead(last) && !PlaceWords.Kinds.ContainsKey(last))
            || (end - start == 1 && (OrganizationWords.Standalone.Contains(last) || (tokens[start].IsAcronym && tokens[start].Text.Length >= 3 && !IsCommonAcronym(last))))
            || HeadBeforeOf(tokens, start, end) || described || KindOfBodyBefore(tokens, start, end) || LedBody(tokens, start, end);
        if (!organization)
        {
            return null;
        }

        var from = described ? OpenedBefore(sentence, start, people) : start;
        sentence.Annotate(Reading.AnnotationKind.Organization, from, end, sentence.Span(from, end));
        sentence.Take(from, end);
        return from;
    }

    /// <summary>
    /// "HONNINGSVAG (Agency) -": a town the gazetteer does not know, in capitals at the head of a dateline, looks like an
    /// acronym; it is the place the story was filed from, never an organisation a "who" question could be answered with.
    /// </summary>
    private static bool OpensDateline(List<Token> tokens, int start, int end) =>
        start == 0 && end < tokens.Count && tokens[end].Text is "(" or "," or "-" or "--" or "\u2014" or "\u2013" && Dateline.DashAt(tokens) > end;

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
    /// "Mara Lind, the general manager of Tundra Treks": the name right after an office that leads something ("manager
    /// of", "director of", "the head of the") is what that office leads, a body and no person; one who is led is no
    /// one's manager. (A place there, "the governor of Texas", is read before; an owner, "the head of Kim's office", goes
    /// on with its possessive and is a person's; "the wife of" is no office that leads.)
    /// </summary>
    private static bool LedBody(List<Token> tokens, int start, int end)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Text is "the")
        {
            k--;
        }

        return k >= 1 && tokens[k].Text == "of" && tokens[k - 1] is { IsWord: true, IsCapitalized: false } office && RoleWords.Leading.Contains(office.Text)
            && end - start is >= 2 and <= 5 && (end == tokens.Count || tokens[end].Kind != TokenKind.Possessive);
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
    /// A kind of body set before the name (<see cref="KindBefore"/>) that is not the end of a person's office set off
    /// before it: "A member of the town's harbour board, Ola Berg, said" gives Ola Berg an office of the board.
    /// </summary>
    private static bool KindOfBodyBefore(List<Token> tokens, int start, int end) =>
        KindBefore(tokens, start) is not null && TitleFinder.BeforeComma(tokens, start, end) < 0;

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
    public static void ReadLowerCaseHeads(ReadSentence sentence)
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
}
