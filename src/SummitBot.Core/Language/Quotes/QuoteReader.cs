using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Language.Quotes;

/// <summary>
/// Finds what people are quoted saying and who said it, in the orders news uses: <c>“…,” X said</c>, <c>“…,” said X</c>,
/// <c>X said: “…”</c>, <c>according to X, “…”</c>, a quote that runs on over several sentences, and reported speech
/// (<c>X said that …</c>). The speaker is a person (by full name), an organisation, or the words that name them
/// ("a spokesperson at South Korea's presidential office").
/// </summary>
internal sealed class QuoteReader
{
    private const int SpeakerReach = 10;

    private bool _open;
    private string _lastSpeaker = string.Empty;
    private int _paragraph = -1;

    /// <summary>Quotes of a stretch still open, whose speaker is named only where it closes ("“… . …,” he said.").</summary>
    private readonly List<(ReadSentence Sentence, int Index)> _unattributed = [];

    public void Read(ReadSentence sentence)
    {
        if (sentence.Paragraph != _paragraph)
        {
            (_paragraph, _open, _lastSpeaker) = (sentence.Paragraph, false, string.Empty);
            _unattributed.Clear();
        }

        var tokens = sentence.Tokens;
        var all = Spans(tokens);
        var spans = all.Where(s => !QuotedName(tokens, s.Open, s.Close)).ToList();
        var names = all.Except(spans).ToList();
        foreach (var (open, close) in spans)
        {
            var speaker = After(sentence, close) ?? Before(sentence, open) ?? _lastSpeaker;
            if (speaker.Length == 0)
            {
                speaker = NextSentenceSpeakerPending;
            }

            var from = open < 0 ? 0 : open + 1;
            var to = close < 0 ? tokens.Count : close;
            var attributed = speaker != NextSentenceSpeakerPending;
            if (to > from)
            {
                sentence.Annotate(AnnotationKind.Quote, from, to, attributed ? speaker : string.Empty, "direct");
                if (!attributed && close < 0)
                {
                    _unattributed.Add((sentence, sentence.Annotations.Count - 1));
                }
            }

            if (attributed && speaker.Length > 0)
            {
                _lastSpeaker = speaker;
                foreach (var (earlier, index) in _unattributed)
                {
                    earlier.Annotations[index] = earlier.Annotations[index] with { Value = speaker };
                }

                _unattributed.Clear();
            }
        }

        if (spans.Count == 0)
        {
            Reported(sentence, names);
        }
        else if (spans[0].Open > 0)
        {
            ReportedAround(sentence, spans[0].Open);
        }
    }

    /// <summary>
    /// "Kim told Xi that the North would have no need for the weapons "as long as ..." against it": reported speech with
    /// quoted words inside it. The report, in the reporter's words around the quoted ones, is what was said as much as
    /// the quoted words, which alone may leave out what it was about.
    /// </summary>
    private static void ReportedAround(ReadSentence sentence, int firstOpen)
    {
        var tokens = sentence.Tokens;
        for (var v = 1; v < firstOpen - 2; v++)
        {
            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text) || tokens[v].Text is "called" or "calls" or "asked" or "asks" || IsNoun(tokens, v) || IsPassive(tokens, v)
                || tokens[v - 1].Text.ToLowerInvariant() is "it" or "what" or "which")
            {
                continue;
            }

            // Only a report that says "that": "told Xi that ...", "said on Friday that ...".
            var that = ThatAfter(tokens, v, v + 1);
            if (that < 0 || that + 2 >= firstOpen)
            {
                return;
            }

            if (SpeakerAt(sentence, Math.Max(0, v - SpeakerReach), v, nearestLast: true) is { } speaker)
            {
                sentence.Annotate(AnnotationKind.Quote, that + 1, tokens.Count - (tokens[^1].Text is "." or "!" ? 1 : 0), speaker, "reported");
            }

            return;
        }
    }

    private const string NextSentenceSpeakerPending = "\u0000";

    /// <summary>Quoted stretches as (opening mark, closing mark) token indexes; -1 where the quote opened in an earlier sentence or closes in a later one.</summary>
    private List<(int Open, int Close)> Spans(List<Token> tokens)
    {
        var spans = new List<(int, int)>();
        var open = _open ? -1 : int.MinValue;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote || tokens[i].Text is "'" or "\u2018" or "\u2019")
            {
                continue;
            }

            var opening = tokens[i].Text switch
            {
                "\u201C" or "\u00AB" => true,
                "\u201D" or "\u00BB" => false,
                _ => open == int.MinValue,
            };
            if (opening && open == int.MinValue)
            {
                open = i;
            }
            else if (!opening && open != int.MinValue)
            {
                spans.Add((open, i));
                open = int.MinValue;
            }
        }

        _open = open != int.MinValue;
        if (_open)
        {
            spans.Add((open, -1));
        }

        return spans;
    }

    /// <summary><c>“…,” Trump said</c>, <c>“…,” said a spokesperson</c>, <c>“…,” according to the ministry</c>.</summary>
    private static string? After(ReadSentence sentence, int close)
    {
        var tokens = sentence.Tokens;
        if (close < 0)
        {
            return null;
        }

        var i = close + 1;
        while (i < tokens.Count && tokens[i].Text is "," or "\u2014" or "-")
        {
            i++;
        }

        if (i + 1 < tokens.Count && tokens[i].Is("according") && tokens[i + 1].Is("to"))
        {
            return SpeakerAt(sentence, i + 2, Math.Min(tokens.Count, i + 2 + SpeakerReach));
        }

        if (i < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[i].Text))
        {
            return SpeakerAt(sentence, i + 1, Math.Min(tokens.Count, i + 1 + SpeakerReach));
        }

        // "“…,” Ko Min-jung, the spokeswoman for South Korean President Moon Jae-in, said": the name, then its apposition.
        // Only a quote that closes a statement ("…," or "…?") is spoken so; a phrase in quotation marks inside a clause
        // ("called for the "strongest punishment" of the North and asked") is the words of that clause's subject.
        if (!ClosesStatement(tokens, close))
        {
            return null;
        }

        for (var v = i; v < Math.Min(tokens.Count, i + (2 * SpeakerReach)); v++)
        {
            if (tokens[v].Kind == TokenKind.Quote)
            {
                break;
            }

            if (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && v > i)
            {
                // "“…,” he said." where "he" was read as no one: the pronoun's gender allowed none of the people
                // before it, so the speaker is someone unknown, not the paragraph's last speaker (who may be a woman).
                if (v == i + 1 && Pronouns.IsPersonPronoun(tokens[i].Text) && !StartsWithName(sentence, i))
                {
                    return string.Empty;
                }

                return v - i <= SpeakerReach || StartsWithName(sentence, i) ? SpeakerAt(sentence, i, v) : NameAfterTitle(sentence, i, v);
            }
        }

        return null;
    }

    /// <summary>
    /// "“…,” the chief prosecutor for the Northern Region of Utopia, Jane Roe, told reporters": a title of any length with
    /// no comma of its own, then the name set off by commas right before the verb of saying. The name is the speaker,
    /// however many words the title takes; null when the words after the quote are not so.
    /// </summary>
    private static string? NameAfterTitle(ReadSentence sentence, int from, int verb)
    {
        var tokens = sentence.Tokens;
        if (verb < from + 3 || tokens[verb - 1].Text != ",")
        {
            return null;
        }

        var before = tokens[verb - 2].End;
        var name = sentence.Annotations.Where(a => a.Kind == AnnotationKind.Person && a.End == before).Select(a => (Annotation?)a).FirstOrDefault();
        if (name is not { } person)
        {
            return null;
        }

        var comma = tokens.FindLastIndex(t => t.End <= person.Start);
        if (comma <= from || tokens[comma].Text != ",")
        {
            return null;
        }

        for (var k = from; k < comma; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Quote || SpeechVerbs.IsSpeechVerb(tokens[k].Text))
            {
                return null;
            }
        }

        return person.Value;
    }

    /// <summary>
    /// "appears on "Fox News Sunday"", "told "Face the Nation" that ...": a quoted name of a programme, paper or work
    /// (every word capitalised but its small words, nothing that closes a statement), right after a preposition or a
    /// verb of saying that it is the audience of, is no one's words.
    /// </summary>
    private static bool QuotedName(List<Token> tokens, int open, int close)
    {
        if (open <= 0 || close < 0 || close - open < 2 || ClosesStatement(tokens, close))
        {
            return false;
        }

        var before = tokens[open - 1].Text;
        if (!(before.ToLowerInvariant() is "on" or "in" or "to" or "at" or "from" || SpeechVerbs.IsSpeechVerb(before)))
        {
            return false;
        }

        var words = tokens.Skip(open + 1).Take(close - open - 1).ToList();
        return words.All(t => t.IsWord) && words[0].IsCapitalized && words.All(t => t.IsCapitalized || CommonWords.IsFunctionWord(t.Text.ToLowerInvariant()));
    }

    /// <summary>Whether the quote closed at <paramref name="close"/> ends with a comma, stop or mark, or is followed by a comma or dash.</summary>
    private static bool ClosesStatement(List<Token> tokens, int close) =>
        (close > 0 && tokens[close - 1].Text is "," or "." or "?" or "!")
        || (close + 1 < tokens.Count && tokens[close + 1].Text is "," or "\u2014" or "-");

    /// <summary>Whether a person or organisation is named at token <paramref name="i"/>.</summary>
    private static bool StartsWithName(ReadSentence sentence, int i)
    {
        var start = sentence.Tokens[i].Start;
        return sentence.Annotations.Any(a => a.Kind is AnnotationKind.Person or AnnotationKind.Organization && a.Start == start);
    }

    /// <summary>Whether words stand before the verb at <paramref name="verb"/> in its sentence, other than a quote closing there.</summary>
    private static bool HasSubject(List<Token> tokens, int verb) =>
        verb > 1 && !tokens.Take(verb).Any(t => t.Kind == TokenKind.Quote) && tokens[0].IsCapitalized;

    /// <summary><c>Trump said in a tweet on Friday: “…”</c>, <c>according to X, “…”</c>.</summary>
    private static string? Before(ReadSentence sentence, int open)
    {
        var tokens = sentence.Tokens;
        if (open <= 0)
        {
            return null;
        }

        for (var v = open - 1; v >= 0; v--)
        {
            if (tokens[v].Kind == TokenKind.Quote)
            {
                break;
            }

            if (tokens[v].Is("according") && v + 1 < open && tokens[v + 1].Is("to"))
            {
                return SpeakerAt(sentence, v + 2, open);
            }

            if (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && v >= open - SpeakerReach - 4 && IsPassive(tokens, v))
            {
                // "X is expected to be asked about ...", "X was told ...": the one named is spoken to, not speaking;
                // the quote is of this sentence, by no one it names.
                return string.Empty;
            }

            if (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && v >= open - SpeakerReach - 4)
            {
                // A verb of saying of the sentence's own whose speaker is not read ("Sarah Lind, the press secretary,
                // said ..." where the name is not read as one): the quote is someone's of this sentence, not the
                // speaker of the sentence before.
                return SpeakerAt(sentence, Math.Max(0, v - SpeakerReach), v, nearestLast: true) ?? (HasSubject(tokens, v) ? string.Empty : null);
            }

            // "Ahn Ji-won, a former diplomat, said the government had shown that it would "not back down"": the
            // quote is far from the verb, but the verb's subject is plain.
            if (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && SubjectBeforeApposition(sentence, v) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>"Trump said North Korea would ...", "Biegun told reporters that ...": what was said, reported without quotation marks.</summary>
    private static void Reported(ReadSentence sentence, List<(int Open, int Close)> names)
    {
        var tokens = sentence.Tokens;
        if (AccordingTo(sentence))
        {
            return;
        }

        for (var v = 1; v < tokens.Count; v++)
        {
            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text) || tokens[v].Text is "called" or "calls" or "asked" or "asks" || IsNoun(tokens, v) || IsPassive(tokens, v))
            {
                continue;
            }

            if (tokens[v - 1].Text.ToLowerInvariant() is "it" or "what" or "which")
            {
                // "photographs of Kim inspecting what it said was a bomb": "it" (the state media) said so, not the
                // person named before; who "it" is this sentence does not tell.
                continue;
            }

            // "Adm. Phil Davidson, the commander of U.S. Indo-Pacific Command, told ...": past the apposition to the name.
            var speaker = SpeakerAt(sentence, Math.Max(0, v - SpeakerReach), v, nearestLast: true)
                ?? (tokens[v - 1].Text == "," ? SpeakerAt(sentence, Math.Max(0, v - (2 * SpeakerReach)), v, nearestLast: true) : null);
            if (speaker is null)
            {
                continue;
            }

            // "told "Face the Nation" that ...": the quoted name of the audience is not what was said.
            var from = names.Where(n => n.Open == v + 1).Select(n => n.Close + 1).DefaultIfEmpty(v + 1).First();
            // "told reporters that", "said on Friday that".
            var that = ThatAfter(tokens, v, from);
            from = that >= 0 ? that + 1 : from;
            if (from < tokens.Count - 2)
            {
                sentence.Annotate(AnnotationKind.Quote, from, tokens.Count - (tokens[^1].Text is "." or "!" ? 1 : 0), speaker, "reported");
            }
            else if (tokens.FindLastIndex(v, t => t.Text == ",") is > 2 and var comma && v - comma <= SpeakerReach)
            {
                // "Trump will travel to Hanoi later this month, the White House said.": what comes before the speaker.
                sentence.Annotate(AnnotationKind.Quote, 0, comma, speaker, "reported");
            }

            return;
        }
    }

    /// <summary>How many tokens may stand between a verb of saying and the "that" of its report ("said on Friday that").</summary>
    private const int ThatReach = 6;

    /// <summary>How many tokens the audience of "told" may take before its "that" ("told a news conference at the ... hotel that").</summary>
    private const int AudienceReach = 12;

    /// <summary>
    /// The "that" opening what the verb at <paramref name="v"/> reports, from <paramref name="from"/>, or -1. One told
    /// is told as an audience, which may be long ("a news conference at the Lotte New York Palace hotel"), so "that" is
    /// looked for farther, within the audience's clause (no comma or quotation mark before it).
    /// </summary>
    private static int ThatAfter(List<Token> tokens, int v, int from)
    {
        var near = tokens.FindIndex(from, Math.Min(ThatReach, tokens.Count - from), t => t.Is("that"));
        if (near >= 0 || tokens[v].Text.ToLowerInvariant() is not ("told" or "tells" or "tell"))
        {
            return near;
        }

        for (var k = from; k < Math.Min(tokens.Count, from + AudienceReach); k++)
        {
            if (tokens[k].Is("that"))
            {
                return k;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "whose remarks had angered Trump", "his statement", "Trump's comments": a word of saying after a determiner or a
    /// possessor is a noun, and what follows it is not what was said.
    /// </summary>
    private static bool IsNoun(List<Token> tokens, int v) =>
        tokens[v - 1].Kind == TokenKind.Possessive
        || tokens[v - 1].Text.ToLowerInvariant() is "whose" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "the" or "a" or "an" or "these" or "those" or "such";

    /// <summary>
    /// "The ambassador was recalled last month", "the envoy was told to wait", "is expected to be asked", "it is
    /// reported": a verb of saying after a form of "be" (past an adverb: "was also told") is passive. Its subject did
    /// not say anything; the words after it are not what anyone said.
    /// </summary>
    private static bool IsPassive(List<Token> tokens, int v)
    {
        if (v == 0)
        {
            return false;
        }

        var before = v - 1;
        if (before > 0 && tokens[before].IsWord && !tokens[before].IsCapitalized
            && (tokens[before].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[before].Text is "also" or "later" or "then" or "first" or "never" or "not" or "still" or "once" or "since"))
        {
            before--;
        }

        return BeForms.Is(tokens[before].Text);
    }

    /// <summary>"The talks were productive, according to Pompeo." and "According to Pompeo, the talks were productive.": a reported claim.</summary>
    private static bool AccordingTo(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        var at = tokens.FindIndex(t => t.Is("according"));
        if (at < 0 || at + 2 >= tokens.Count || !tokens[at + 1].Is("to"))
        {
            return false;
        }

        var end = tokens.Count - (tokens[^1].Text is "." or "!" ? 1 : 0);
        if (at == 0 && tokens.FindIndex(t => t.Text == ",") is > 2 and var comma && comma + 2 < end)
        {
            return Annotate(sentence, comma + 1, end, SpeakerAt(sentence, 2, comma));
        }

        return at > 2 && tokens[at - 1].Text == "," && Annotate(sentence, 0, at - 1, SpeakerAt(sentence, at + 2, Math.Min(end, at + 2 + SpeakerReach)));
    }

    private static bool Annotate(ReadSentence sentence, int from, int to, string? speaker)
    {
        if (speaker is null)
        {
            return false;
        }

        sentence.Annotate(AnnotationKind.Quote, from, to, speaker, "reported");
        return true;
    }

    /// <summary>The speaker named between <paramref name="from"/> and <paramref name="to"/>: a person or organisation found there, or the words themselves.</summary>
    private static string? SpeakerAt(ReadSentence sentence, int from, int to, bool nearestLast = false)
    {
        var tokens = sentence.Tokens;
        if (from >= to || from >= tokens.Count)
        {
            return null;
        }

        var start = tokens[from].Start;
        var end = tokens[Math.Min(to, tokens.Count) - 1].End;

        if (nearestLast && SubjectBeforeApposition(sentence, to) is { } subject)
        {
            return subject;
        }

        // "a spokesperson at South Korea's presidential office", "a senior official": a role is the speaker, whatever it is of.
        if (!nearestLast && (RoleWords.IsRoleWord(tokens[from].Text) || (tokens[from].Text is "a" or "an" or "the" && from + 1 < tokens.Count && RoleWords.IsRoleWord(tokens[from + 1].Text)))
            && !sentence.Annotations.Any(a => a.Kind == AnnotationKind.Person && a.Start >= start && a.Start <= tokens[Math.Min(from + 3, tokens.Count - 1)].Start))
        {
            var stop = from;
            while (stop < to && tokens[stop].Text is not ("," or "." or ";" or ":") && tokens[stop].Kind != TokenKind.Quote && !SpeechVerbs.IsSpeechVerb(tokens[stop].Text))
            {
                stop++;
            }

            return sentence.Span(from, stop);
        }

        // A name inside someone's title ("Adm. Phil Davidson, the commander of U.S. Indo-Pacific Command, told") is not the speaker.
        var titles = sentence.Annotations.Where(a => a.Kind == AnnotationKind.Title).ToList();
        var found = sentence.Annotations
            .Where(a => a.Kind is AnnotationKind.Person or AnnotationKind.Organization && a.Start >= start && a.End <= end
                && !titles.Any(t => t.Start <= a.Start && a.End <= t.End && t.Value != ArticlePerson.KeyOf(a.Value))
                && !OwnsTheSpeaker(sentence, a)
                && !(nearestLast && SubjectAfterComma(sentence, a, to)))
            .OrderBy(a => nearestLast ? -a.Start : a.Start)
            .Select(a => (Annotation?)a)
            .FirstOrDefault();
        if (found is { } named)
        {
            return named.Value;
        }

        // "a spokesperson at South Korea's presidential office": the noun phrase up to a comma or the verb; before the
        // verb, the phrase of its own clause ("a move that analysts said" → "analysts").
        var phraseEnd = from;
        while (phraseEnd < to && tokens[phraseEnd].Text is not ("," or "." or ";" or ":") && tokens[phraseEnd].Kind != TokenKind.Quote)
        {
            phraseEnd++;
        }

        if (!nearestLast && NameAfterRole(sentence, from, phraseEnd) is { } appositive)
        {
            return appositive;
        }

        if (nearestLast)
        {
            phraseEnd = to;
        }

        var phraseStart = nearestLast ? LastClauseStart(tokens, from, phraseEnd) : from;
        if (phraseEnd - phraseStart is < 1 or > SpeakerReach)
        {
            return null;
        }

        while (phraseEnd - 1 > phraseStart && tokens[phraseEnd - 1].Text.ToLowerInvariant() is "also" or "later" or "then" or "again" or "separately" or "previously" or "earlier" or "had" or "has" or "have" or "would" or "will")
        {
            phraseEnd--;
        }

        // The phrase names a speaker when its head (its last word) is a role, an organisation or a name: "analysts",
        // "the ministry", "Yonhap"; not "The military first" or "since November 2017".
        var head = tokens[phraseEnd - 1].Text;
        var phrase = sentence.Span(phraseStart, phraseEnd);
        return RoleWords.IsRoleWord(head) || OrganizationWords.IsHead(head)
            || (tokens[phraseEnd - 1].IsCapitalized && !Time.Calendar.IsCalendarWord(head) && !CommonWords.IsFunctionWord(head.ToLowerInvariant())) ? phrase : null;
    }

    /// <summary>
    /// "“…,” said a harbour expert at the Nordic Institute in Bergen, Ola Vik.": a description of a person by their role,
    /// then their name set off by a comma that ends the clause. The name is the speaker; the role only describes them.
    /// </summary>
    private static string? NameAfterRole(ReadSentence sentence, int from, int phraseEnd)
    {
        var tokens = sentence.Tokens;
        if (phraseEnd + 1 >= tokens.Count || tokens[phraseEnd].Text != "," || !tokens.Skip(from).Take(phraseEnd - from).Any(t => RoleWords.IsRoleWord(t.Text)))
        {
            return null;
        }

        var start = tokens[phraseEnd + 1].Start;
        var person = sentence.Annotations.Where(a => a.Kind == AnnotationKind.Person && a.Start == start).Select(a => (Annotation?)a).FirstOrDefault();
        if (person is not { } named)
        {
            return null;
        }

        var next = tokens.FindIndex(t => t.Start >= named.End);
        return next < 0 || tokens[next].Text is "." or "!" or "?" ? named.Value : null;
    }

    /// <summary>
    /// "after the death of her aunt, Ilse Mets, the town office said on Friday": a name closed by a comma, then an article
    /// and words that run to the verb of saying with no comma to close them as an apposition, is what the speaker tells
    /// of; the words after the comma are who speaks.
    /// </summary>
    private static bool SubjectAfterComma(ReadSentence sentence, Annotation named, int verb)
    {
        var tokens = sentence.Tokens;
        var comma = tokens.FindIndex(t => t.Start >= named.End);
        if (comma < 0 || comma + 2 >= Math.Min(verb, tokens.Count) || tokens[comma].Text != "," || tokens[comma + 1].Text.ToLowerInvariant() is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var k = comma + 1; k < verb; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "His father said ...", "the minister's spokesman said ...": a person named by a possessive ("his", "Kim's") right
    /// before a lower-case noun owns the one who speaks; the speaker is that noun's person, not the owner.
    /// </summary>
    private static bool OwnsTheSpeaker(ReadSentence sentence, Annotation named)
    {
        var tokens = sentence.Tokens;
        var last = tokens.FindLastIndex(t => t.End <= named.End);
        if (last < 0 || last + 1 >= tokens.Count)
        {
            return false;
        }

        var possessive = tokens[last].Text.ToLowerInvariant() is "his" or "her" or "their" or "its";
        var next = last + 1;
        if (!possessive && tokens[next].Kind == TokenKind.Possessive)
        {
            possessive = true;
            next++;
        }

        return possessive && next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized && !CommonWords.IsFunctionWord(tokens[next].Text);
    }

    /// <summary>
    /// "Ahn Ji-won, a former diplomat who was elected to the National Assembly in April, said ...": the verb right after
    /// the comma that closes an apposition of the sentence's opening name is that name's, however long the apposition
    /// and whatever it names (an organisation, a place, another person). Only one apposition, with no comma of its own,
    /// stands between: "Kim, the leader, will visit Seoul, said a spokesman" is not Kim speaking.
    /// </summary>
    private static string? SubjectBeforeApposition(ReadSentence sentence, int verb)
    {
        var tokens = sentence.Tokens;
        if (verb < 3 || verb > tokens.Count || tokens[verb - 1].Text != ",")
        {
            return null;
        }

        // The sentence's first name, with nothing but a title (or "The") before it.
        var opener = sentence.Annotations
            .Where(a => a.Kind is AnnotationKind.Person or AnnotationKind.Organization)
            .OrderBy(a => a.Start)
            .Select(a => (Annotation?)a)
            .FirstOrDefault();
        if (opener is not { } name || !OpensSentence(sentence, name.Start))
        {
            return null;
        }

        var comma = tokens.FindIndex(t => t.Start >= name.End);
        if (comma < 0 || comma >= verb - 2 || tokens[comma].Text != ",")
        {
            return null;
        }

        for (var k = comma + 1; k < verb - 1; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        return name.Value;
    }

    /// <summary>How many words an opening phrase before the subject may have ("On Wednesday, ...", "In Seoul, ...").</summary>
    private const int OpeningReach = 5;

    /// <summary>
    /// Whether the name at the character <paramref name="start"/> opens its clause: only a title the sentence gives, or
    /// "The", stands before it, from the sentence's start or from the comma after a short opening phrase ("On
    /// Wednesday, ").
    /// </summary>
    private static bool OpensSentence(ReadSentence sentence, int start)
    {
        var tokens = sentence.Tokens;
        var first = 0;
        var comma = tokens.FindIndex(t => t.Text == ",");
        if (comma > 0 && comma <= OpeningReach && tokens[comma].End <= start && !tokens.Take(comma).Any(t => SpeechVerbs.IsSpeechVerb(t.Text)))
        {
            first = comma + 1;
        }

        if (first >= tokens.Count)
        {
            return false;
        }

        if (start == tokens[first].Start || (tokens[first].Text == "The" && first + 1 < tokens.Count && start == tokens[first + 1].Start))
        {
            return true;
        }

        return sentence.Annotations.Any(a => a.Kind == AnnotationKind.Title && a.Start == tokens[first].Start && a.End <= start
            && sentence.Text[a.End..start].Trim().Length == 0);
    }

    private static int LastClauseStart(List<Token> tokens, int from, int to)
    {
        for (var i = to - 1; i > from; i--)
        {
            if (tokens[i - 1].Text is "," or ";" or ":" or "that" or "and" or "but")
            {
                return i;
            }
        }

        return from;
    }
}
