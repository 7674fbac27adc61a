using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;
using SummitBot.Search;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Finds the people a question names, among those the sources name: by name or any word of it ("Stephen Biegun",
/// "Biegun", "Kim": several people), and by role ("the US envoy", "North Korea's foreign minister": the people whose
/// titles have that role, of that owner).
/// </summary>
internal static class PeopleFinder
{
    public static List<NamedPerson> Find(List<Token> tokens, AnswerType type, AnsweringModel model)
    {
        var catalog = model.Snapshot.People;
        var words = new List<string>();
        var capitalized = new List<bool>();
        var at = new List<int>();
        var lowerCase = tokens.Any(t => t.IsWord && t.Text.Any(char.IsLower));
        var acronym = new List<bool>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            var token = tokens[t];
            words.Add(QuestionReader.Plain(token.Text).ToLowerInvariant());
            capitalized.Add(token.IsCapitalized && words.Count > 1);
            at.Add(t);

            // "UN", "US" in a question otherwise typed in lower case: an abbreviation, not the name "Un" or "Us".
            acronym.Add(lowerCase && token.Text.Length > 1 && token.Text.All(char.IsUpper));
        }

        var found = new List<NamedPerson>();
        var taken = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var (length, people) = catalog.Match(words, i);

            // "who's no tae gun": a name whose first word is English ("No") is read whole, in any case; the word alone
            // names no one.
            if ((QuestionWords.Frame.Contains(words[i]) || CommonWords.IsFunctionWord(words[i])) && !capitalized[i] && length < 2)
            {
                continue;
            }

            if (length == 0 || (length == 1 && acronym[i]) || InsidePlaceName(tokens, at, i, length) || (length == 1 && SideOfPeninsula.Names(words, i)))
            {
                continue;
            }

            if (length == 1)
            {
                people = WithWordsBeside(tokens, at, words, i, people);
                people = [.. people.Where(p => !PlaceOpensName(tokens, at[i], p.Name, words[i]))];
                if (!capitalized[i] && CommonWords.IsCommon(words[i]))
                {
                    people = [.. people.Where(p => EndsName(p.Name, words[i]))];
                }

                if (people.Count == 0)
                {
                    continue;
                }
            }

            found.Add(new NamedPerson(string.Join(' ', words.Skip(i).Take(length)), people, ByRole: false) { Qualifies = QualifiesNext(tokens, at[i], at[i + length - 1]) });
            for (var k = i; k < i + length; k++)
            {
                taken[k] = true;
            }

            i += length - 1;
        }

        var identity = type == AnswerType.Person && QuestionReader.IsIdentity(words);
        if (!identity)
        {
            found.AddRange(Roles(words, taken, found, model));
        }

        return found;
    }

    /// <summary>
    /// "Who is Pak Hyon Gol?" where the sources name Ri Hyon Gol and Pak Song Il: one word of the name matched, and the
    /// words running on from it either side that are no English (nor a place's) are the rest of the name asked. Only
    /// the people whose names have those words too are the one asked about; sharing a word makes no one that person.
    /// </summary>
    private static IReadOnlyList<CatalogPerson> WithWordsBeside(List<Token> tokens, List<int> at, List<string> words, int i, IReadOnlyList<CatalogPerson> people)
    {
        var beside = new List<string>();
        for (var n = i - 1; n >= 0 && at[n] == at[n + 1] - 1 && IsNameWordOnly(tokens, at[n], words[n]); n--)
        {
            beside.Add(words[n]);
        }

        for (var n = i + 1; n < words.Count && at[n] == at[n - 1] + 1 && IsNameWordOnly(tokens, at[n], words[n]); n++)
        {
            beside.Add(words[n]);
        }

        // "Kim Jong-un" asked of "Kim Jong Un": a name's words are compared by their hyphened parts.
        var parts = beside.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return parts.Count == 0 ? people : [.. people.Where(p => parts.All(ArticlePerson.NameWords(p.Name).SelectMany(n => n.Split('-')).Contains))];
    }

    /// <summary>
    /// "What did she tell the crowd in Bergen?" where the sources name a "Bergen Harbour" festival: a known
    /// place's name said alone stays the place; a name that only opens with it (an event's, a body's, a paper's) is not
    /// what the question names. A name ending in the word ("Michael Jordan") is a person's, and keeps it.
    /// </summary>
    private static bool PlaceOpensName(List<Token> tokens, int at, string name, string word)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts[0].Equals(word, StringComparison.OrdinalIgnoreCase) && !parts[^1].Equals(word, StringComparison.OrdinalIgnoreCase)
            && Language.World.Gazetteer.Default.Match(tokens, at, anyCase: true, out var places) == 1 && places.Count > 0;
    }

    /// <summary>
    /// "What song ended the concert?" where the sources name Hyon Song Wol: an English word in lower case names someone
    /// alone only as the first or last word of the name (a family name, "moon" of Moon Jae-in), never a syllable inside it.
    /// </summary>
    private static bool EndsName(string name, string word)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && (parts[0].Equals(word, StringComparison.OrdinalIgnoreCase) || parts[^1].Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A word that can only be a name's: no English word, no word of roles, and no place's name.</summary>
    private static bool IsNameWordOnly(List<Token> tokens, int at, string word) =>
        word.Length > 1 && !CommonWords.IsCommon(word) && !RoleWords.IsRoleWord(word) && !QuestionWords.Frame.Contains(word)
        && Language.World.Gazetteer.Default.Match(tokens, at, anyCase: true, out _) == 0;

    /// <summary>
    /// "When did North Korea test ...?" and "US Forces Korea", a name the sources have: the words matched are part of
    /// a longer place's name the question says ("North Korea"), which names no one.
    /// </summary>
    private static bool InsidePlaceName(List<Token> tokens, List<int> at, int first, int length)
    {
        for (var w = Math.Max(0, first - 3); w <= first; w++)
        {
            var placeLength = Language.World.Gazetteer.Default.Match(tokens, at[w], anyCase: true, out var places);
            if (places.Count > 0 && placeLength > 0 && at[w] + placeLength > at[first + length - 1] && (at[w] < at[first] || at[w] + placeLength - 1 > at[first + length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Trump's announcement", "the Putin summit": the name owns a thing (not a role: "Kim's sister" names a relation)
    /// or qualifies an event noun after an article, so it describes what is asked about rather than who acts in it.
    /// Without the article the event noun may be the question's verb: "when did Kim visit Russia?".
    /// </summary>
    private static bool QualifiesNext(List<Token> tokens, int first, int last)
    {
        var next = last + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Possessive)
        {
            return next + 1 < tokens.Count && tokens[next + 1].IsWord && !RoleWords.IsRoleWord(tokens[next + 1].Text)
                && !CommonWords.IsFunctionWord(tokens[next + 1].Text);
        }

        return next < tokens.Count && tokens[next].IsWord && EventWords.IsEventNoun(tokens[next].Text)
            && first > 0 && tokens[first - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "this" or "that";
    }

    /// <summary>Pronouns that own a noun and point back to a person ("his", "her"): "his son" is a relation to him.</summary>
    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.Ordinal) { "his", "her", "their" };

    /// <summary>"his son", "her younger sister": a word of kin owned by a pronoun, with only words that say which kin between.</summary>
    private static bool KinOfPronoun(List<string> words, int start, int h) =>
        RoleWords.IsKin(words[h]) && start > 0 && PossessivePronouns.Contains(words[start - 1])
        && words.Skip(start).Take(h - start).All(RoleWords.QualifiesKin);

    /// <summary>Determiners that take a noun as every one of its kind ("each", "every", "any").</summary>
    private static readonly HashSet<string> EveryMember = new(StringComparer.Ordinal) { "each", "every", "any" };

    /// <summary>"the US envoy", "North Korea's foreign minister": a role phrase and the people whose titles fit it best.</summary>
    private static IEnumerable<NamedPerson> Roles(List<string> words, bool[] taken, List<NamedPerson> named, AnsweringModel model)
    {
        for (var h = 0; h < words.Count; h++)
        {
            if (taken[h] || !RoleWords.IsHead(words[h]) || words[h].EndsWith('s') && words[h] != "boss")
            {
                continue;
            }

            // "Biegun's counterpart" names a relation to a person, not a role held: left to the passage's words.
            if (h > 0 && taken[h - 1])
            {
                continue;
            }

            var start = h;
            while (start > 0 && !taken[start - 1] && !CommonWords.IsFunctionWord(words[start - 1]) && !QuestionWords.Asking.Contains(words[start - 1]) && h - start < 4)
            {
                start--;
            }

            // "the grant each defector gets", "what every envoy must carry": a role after a word of every member names
            // whoever holds it, no one person, so it is left to the passage's words.
            if (start > 0 && EveryMember.Contains(words[start - 1]))
            {
                continue;
            }

            var end = h + 1;
            if (end + 1 < words.Count && words[end] is "for" or "to" or "of")
            {
                end += 2;
                while (end < words.Count && !CommonWords.IsFunctionWord(words[end]) && !QuestionWords.Asking.Contains(words[end]) && end - h < 5)
                {
                    end++;
                }
            }

            var analyze = model.Snapshot.Analyzer;
            var owner = analyze.Terms(string.Join(' ', words.Skip(start).Take(h - start)));
            var target = end > h + 1 ? analyze.Terms(string.Join(' ', words.Skip(h + 2).Take(end - h - 2))) : [];

            // "Did Ines Ruiz visit her brother?": kin after "his" or "her" is kin of the person the question names, so
            // only a holder whose title ties the relation to that person is meant ("brother of Ines Ruiz"); kin of
            // someone else ("Ana Soto found her brother, Luis Soto") is no one the question means. With no one
            // named that the sources know, the kin is left to the passage's words.
            if (KinOfPronoun(words, start, h))
            {
                if (named.Count == 0)
                {
                    continue;
                }

                target = [.. target, .. analyze.Terms(string.Join(' ', named.Select(n => n.Words)))];
            }

            var head = analyze.Terms(words[h]).FirstOrDefault();
            if (head is null)
            {
                continue;
            }

            var best = Best(model.Snapshot.People.WithRole(head), owner, target);
            if (best.Count > 0)
            {
                yield return new NamedPerson(string.Join(' ', words.Skip(start).Take(end - start)), best, ByRole: true);
            }
        }
    }

    /// <summary>Those whose title fits the role's owner and target best; none if the role names an owner no title has.</summary>
    private static List<CatalogPerson> Best(IReadOnlyList<(CatalogPerson Person, RoleTitle Title)> holders, List<string> owner, List<string> target)
    {
        var scored = new List<(CatalogPerson Person, double Score)>();
        foreach (var (person, title) in holders)
        {
            var score = 0.0;
            foreach (var word in owner)
            {
                score += title.Owner.Contains(word) ? 1 : title.Target.Contains(word) ? 0.2 : -1;
            }

            foreach (var word in target)
            {
                score += title.Target.Contains(word) ? 1 : title.Owner.Contains(word) ? 0.2 : -1;
            }

            scored.Add((person, score));
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var top = scored.Max(s => s.Score);
        return top < 0 || (owner.Count + target.Count > 0 && top < 0.5)
            ? []
            : [.. scored.Where(s => s.Score == top).Select(s => s.Person).Distinct()];
    }
}
