using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Things and events ("what was postponed?", "what did they agree on?"): the clause of the sentence that goes on from
/// the question's verb or noun ("agreed to meet again in advance of ..."), or, if none, the sentence itself.
/// </summary>
internal sealed class WhatExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.What;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage) =>
        // "Besides the remains, what else ...?": a sentence that says the thing set aside tells of it ("handed them over",
        // "them" being the remains), not of another thing, unless it adds other things to it ("... as well as ...").
        question.Excluded.Count == 0 || !question.Excluded.Any(passage.Words.Contains) ? Candidates(question, passage) : AddedToExcluded.In(question, passage);

    private IEnumerable<AnswerCandidate> Candidates(QuestionReading question, Passage passage)
    {
        if (question.AsksScore)
        {
            // A score is answered by a score or not at all: no clause or sentence stands in for it.
            foreach (var score in MatchScore.In(question, passage))
            {
                yield return score;
            }

            yield break;
        }

        var text = passage.Text;
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        if (question.Category is { } category)
        {
            var found = Named(passage, tokens, category, question);
            foreach (var named in NamedTogether.Asked(question, category) ? NamedTogether.Join(passage, found.ToList(), category) : found)
            {
                yield return named;
            }
        }

        foreach (var title in QuotedWork.In(question, passage))
        {
            yield return title;
        }

        if (question.AsksName)
        {
            foreach (var whole in FullName.In(question, passage))
            {
                yield return whole;
            }
        }

        if (question.AsksWhatCalled)
        {
            foreach (var name in NamingPhrase.Names(question, passage))
            {
                yield return name;
            }
        }

        if (question.AsksWhatCalled || question.AsksName)
        {
            foreach (var name in NameBeside.In(question, passage))
            {
                yield return name;
            }
        }

        if (question.AsksLabel)
        {
            foreach (var label in LabelGiven.In(question, passage))
            {
                yield return label;
            }
        }

        // "What did the crew hit the guards with?": the object of the question's last word is asked; the verb's own
        // object ("hit the guards") and the sentence are not it.
        var stranded = question.StrandedPreposition is not null;
        foreach (var taken in PrepositionObject.In(question, passage))
        {
            yield return taken;
        }

        if (question.AsksDefinition)
        {
            foreach (var described in Definition.In(question, passage).Concat(Definition.NamedAfter(question, passage)))
            {
                yield return described;
            }
        }

        if (question.AsksObject && !stranded && ObjectOfVerb(question, passage) is { } done)
        {
            yield return done;
        }

        foreach (var placed in ObjectBeforePlace.In(question, passage))
        {
            yield return placed;
        }

        if (question.AsksGiven)
        {
            foreach (var given in GivenThing.In(passage))
            {
                yield return given;
            }
        }

        if (Labels.Asked(question))
        {
            foreach (var label in Labels.In(question, passage))
            {
                yield return label;
            }
        }

        var asksName = question.AsksName;
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        for (var i = tokens.Count - 1; i >= 0 && asked.Count > 0; i--)
        {
            // "an Air Koryo flight": a word inside a capitalized name is the name's, and what follows it the rest of the name.
            if (!tokens[i].IsWord || !stems[i].Any(s => asked.Any(t => t.Stem == s || t.Related.Contains(s))) || RelativeOfEarlier(asked, stems, i) || InsideName.Continues(tokens, i)
                || EventNounAsVerb.OnlyMatch(asked, tokens[i], stems[i]))
            {
                continue;
            }

            // The clause that follows the last of the question's words the sentence has.
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Text is not ("." or ";" or "!" or "?"))
            {
                end++;
            }

            if (!ThingOrDoing(tokens[i]))
            {
                // "steps it has already taken": what follows an adverb of the question is the rest of its verb, not a thing.
                break;
            }

            if (end - i >= 4 && !Repeated(tokens, stems, i) && !OpensOtherClause(tokens, i + 1) && !VerbRun.Opens(tokens, i))
            {
                var start = tokens[i + 1].Start;
                var stop = tokens[QuotedObjectEnd(tokens, i + 1, end)].End;
                var fit = (asksName && !OpensWithName(tokens[i + 1], question, passage)) || FilledByQuestion(question, tokens[i], tokens[i + 1])
                    || (question.AsksWhatBefell && !OpensWithVerb(tokens[i + 1])) || IsTimePhrase(passage, start, stop) || OpensWithLength(passage, start) || stranded
                    || ObjectBeforePlace.ClosesAskedPlace(question, passage, i) || TrailingAttribution.Is(question, tokens, i + 1, end)
                    || LinkAfterAskedOne.Opens(question, tokens[i], tokens[i + 1]) || WhichOnes.KindAsked(question) ? 0.2 : 0.7;
                yield return new AnswerCandidate(passage, Type, text[start..stop].Trim(' ', ',', '\u201D', '"'), start, stop, fit) { Note = $"what follows '{tokens[i].Text}'" };
            }

            break;
        }

        yield return new AnswerCandidate(passage, Type, text, 0, text.Length, SentenceFit(question)) { Note = "the sentence" };
    }

    /// <summary>
    /// "... his second visit to the North in less than six weeks": what follows is only when (a date or a length of time
    /// after a preposition), no thing.
    /// </summary>
    private static bool IsTimePhrase(Passage passage, int start, int stop)
    {
        foreach (var kind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Date, AnnotationKind.Duration])
        {
            foreach (var time in passage.Of(kind))
            {
                if (time.Start >= start && time.Start - start <= 16 && time.End >= stop - 1 && !passage.Text.AsSpan(start, time.Start - start).Trim().ContainsAny(",;"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "had taught for several years at a school in China": a verb followed by "for" and a length of time is said
    /// without its object, so what follows is how long and where, not what was taught.
    /// </summary>
    private static bool OpensWithLength(Passage passage, int start)
    {
        if (!passage.Text.AsSpan(start).StartsWith("for ", StringComparison.Ordinal))
        {
            return false;
        }

        // "for two years", "for several years", "for a decade": a unit of time within the next three words.
        var words = passage.Text[(start + 4)..].Split(' ', 4);
        return words.Take(3).Any(w => Language.Time.Calendar.IsTimeUnit(w.TrimEnd(',', '.').ToLowerInvariant()));
    }

    /// <summary>
    /// "replace the 1953 armistice with a peace treaty" asked "what will replace the armistice?": "peace" is only a word
    /// related to "armistice", which the sentence has itself before it; the relative is the answer's word, not the
    /// question's, so the clause is read from the question's own word.
    /// </summary>
    private static bool RelativeOfEarlier(List<QuestionTerm> asked, IReadOnlyList<string[]> stems, int at) =>
        asked.All(t => !stems[at].Contains(t.Stem)) && asked.Any(t => stems[at].Any(t.Related.Contains) && Enumerable.Range(0, at).Any(k => stems[k].Contains(t.Stem)));

    /// <summary>
    /// How well the whole sentence answers: a yes/no question is answered by the sentence that states its claim (or
    /// denies it), as a whole; a "what" question wants less than a sentence.
    /// </summary>
    private static double SentenceFit(QuestionReading question) =>
        question.Type == AnswerType.YesNo ? 1.0 : question.AsksName || question.AsksDefinition || question.StrandedPreposition is not null ? 0.2 : question.Category is null ? 0.6 : 0.4;

    /// <summary>The most words an object of the question's verb may have ("false documents", "a letter from Kim").</summary>
    private const int ObjectWords = 5;

    /// <summary>
    /// "What did the two firms use to hide the origin of the goods?" and "the two firms had used false documents to hide
    /// the origin of North Korean goods": the words between the question's verb, as the sentence inflects it, and the
    /// next of the question's words are what was done with it: the object asked for.
    /// </summary>
    private static AnswerCandidate? ObjectOfVerb(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var verb = question.Terms.FirstOrDefault(t => t.Role == TermRole.Content && Array.IndexOf(stems[i], t.Stem) >= 0
                && !string.Equals(tokens[i].Text, t.Word, StringComparison.OrdinalIgnoreCase) && relations.IsVerb(t.Word.ToLowerInvariant()));
            if (verb is null)
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && end - i <= ObjectWords && tokens[end].IsWord && !IsAsked(question, stems[end])
                && !(tokens[end].Text == "to" && end + 1 < tokens.Count && IsAsked(question, stems[end + 1])))
            {
                end++;
            }

            var closes = end < tokens.Count && (IsAsked(question, stems[end]) || tokens[end].Text == "to");
            if (closes && SecondObject.After(question, passage, i + 1, end) is { } second)
            {
                return new AnswerCandidate(passage, AnswerType.What, passage.Text[second.Start..second.End], second.Start, second.End, 0.9) { Note = $"what '{tokens[i].Text}' makes of the thing asked" };
            }

            if (closes && NamesTheAskedOne(question, tokens, stems, i + 1, end) is { } complement)
            {
                return complement == default ? null : new AnswerCandidate(passage, AnswerType.What, passage.Text[complement.Start..complement.End], complement.Start, complement.End, 0.9) { Note = $"what '{tokens[i].Text}' makes of the one asked" };
            }

            if (end > i + 1 && end - i <= ObjectWords && closes && !Language.Words.CommonWords.IsFunctionWord(tokens[end - 1].Text) && !RunsIntoAskedNoun(question, tokens, stems, end))
            {
                var start = tokens[i + 1].Start;
                var stop = tokens[QuotedObjectEnd(tokens, i + 1, end)].End;
                if (IsTimePhrase(passage, start, stop))
                {
                    // "warned on Friday to close the road": the words before the asked verb's "to" are only when it
                    // was said; the thing asked is the object of the verb after "to", which the clause reading gives.
                    return null;
                }

                return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 0.9) { Note = $"what '{tokens[i].Text}' takes" };
            }
        }

        return null;
    }

    private static bool IsAsked(QuestionReading question, string[] stems) => question.Terms.Any(t => t.IsIn(stems));

    /// <summary>
    /// "What did Choe call Pence?" of "called Vice President Mike Pence a "political dummy"": the words after the verb
    /// are the name (and title) of the one the question names, so they are not what was done; what the verb makes of
    /// that one follows the name, up to the clause's end ("a political dummy"). Null when the object is not the asked
    /// name; the default span when it is but nothing follows it.
    /// </summary>
    private static (int Start, int End)? NamesTheAskedOne(QuestionReading question, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int from, int end)
    {
        if (!question.Terms.Any(t => t.Role == TermRole.Name && t.IsIn(stems[end])) || !Enumerable.Range(from, end - from).All(k => tokens[k].IsWord && tokens[k].IsCapitalized))
        {
            return null;
        }

        var after = end;
        while (after < tokens.Count && tokens[after].IsWord && tokens[after].IsCapitalized)
        {
            after++;
        }

        var stop = after;
        while (stop < tokens.Count && stop - after <= ObjectWords && tokens[stop].Text is not ("," or "." or ";" or ":") && !tokens[stop].Is("and"))
        {
            stop++;
        }

        return stop > after && stop - after <= ObjectWords && after < tokens.Count ? (tokens[after].Start, tokens[stop - 1].End) : default((int, int));
    }

    /// <summary>
    /// "called for regular reunions, video meetings and ..." asked "what did Moon call for after the reunion?": the
    /// words before the question's noun are that noun's own ("regular reunions"), not a thing of their own; the object
    /// is the whole list, which the clause after the verb gives.
    /// </summary>
    private static bool RunsIntoAskedNoun(QuestionReading question, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int end) =>
        end < tokens.Count && tokens[end].Text != "to" && IsAsked(question, stems[end]) && tokens[end - 1].IsWord
        && question.Terms.Any(t => t.Role is TermRole.Name or TermRole.Event or TermRole.Content && t.IsIn(stems[end]) && Language.Relations.WordRelations.Default.IsNoun(t.Word.ToLowerInvariant()));

    /// <summary>
    /// "caps the country's imports of refined petroleum products at 500,000 barrels a year and its crude oil imports at 4
    /// million barrels": the question's word said twice in the sentence names two things, and what follows the last one
    /// is the other thing's ("at 4 million barrels" for the cap on refined petroleum).
    /// </summary>
    private static bool Repeated(List<Language.Token> tokens, IReadOnlyList<string[]> stems, int at) =>
        Enumerable.Range(0, at).Any(k => tokens[k].IsWord && stems[k].Intersect(stems[at]).Any());

    /// <summary>
    /// "Which shippers got blacklisted by Washington?" and "companies already blacklisted by the United Nations": what
    /// follows the verb is the "by ..." the question already gives, so it is not what is asked (here it even differs).
    /// </summary>
    private static bool FilledByQuestion(QuestionReading question, Language.Token word, Language.Token next)
    {
        if (next.Text.ToLowerInvariant() is not ("by" or "to" or "with" or "from" or "for" or "at" or "in" or "on"))
        {
            return false;
        }

        var asked = Language.Tokenizer.Tokenize(question.Text);
        return asked.Zip(asked.Skip(1)).Any(p => p.First.Text.Equals(word.Text, StringComparison.OrdinalIgnoreCase) && p.Second.Text.Equals(next.Text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"was cancelled", "had been postponed", "collapsed": a verb that tells what the thing before it underwent or did.</summary>
    private static bool OpensWithVerb(Language.Token first)
    {
        var word = first.Text.ToLowerInvariant();
        return word is "was" or "were" or "is" or "are" or "has" or "had" or "have" or "got" or "would" or "will" or "never"
            || (word.EndsWith("ed", StringComparison.Ordinal) && Language.Relations.WordRelations.Default.IsVerb(word));
    }

    /// <summary>
    /// "... brought medicine as gifts, and the government allowed ...": after a conjunction comes another clause, about
    /// something else than the question's word before it.
    /// </summary>
    private static bool OpensOtherClause(List<Language.Token> tokens, int at)
    {
        var comma = false;
        while (at < tokens.Count && tokens[at].Text == ",")
        {
            at++;
            comma = true;
        }

        // ", which Pyongyang carried out on September 3": a clause set off by a comma says more of the word before
        // it; it is not what the word did or named.
        return at < tokens.Count && (tokens[at].Text.ToLowerInvariant() is "and" or "but" or "or" or "while" or "whereas" or "although" or "though" or "yet"
            || (comma && tokens[at].Text.ToLowerInvariant() is "which" or "who" or "whom" or "whose"));
    }

    /// <summary>A name, or a word WordNet knows as a noun or verb: what a clause after it can be about.</summary>
    /// <summary>
    /// 'would wait to learn "the council's final terms" before bidding': a quoted object the span opens on is the thing
    /// asked, and ends at its closing mark, not at the clause's end. The last token of the span (<paramref name="end"/>
    /// is past it).
    /// </summary>
    private static int QuotedObjectEnd(List<Language.Token> tokens, int open, int end)
    {
        if (tokens[open].Text is not ("\"" or "\u201C"))
        {
            return end - 1;
        }

        var close = tokens.FindIndex(open + 1, end - open - 1, t => t.Text is "\"" or "\u201D");
        return close > open + 1 ? close : end - 1;
    }

    private static bool ThingOrDoing(Language.Token word)
    {
        var lower = word.Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return word.IsCapitalized || relations.IsVerb(lower) || relations.IsNounForm(lower);
    }

    /// <summary>Whether the span opens with a capitalized word the question does not already have.</summary>
    private static bool OpensWithName(Language.Token first, QuestionReading question, Passage passage) =>
        first.IsCapitalized && !passage.Analyze(first.Text).Any(s => question.Terms.Any(t => t.Stem == s));

    /// <summary>The name in apposition after a noun ending at <paramref name="end"/>: ", the Pukguksong-3," as token indexes, or null.</summary>
    private static (int Start, int End)? NameAfter(List<Language.Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != ",")
        {
            return null;
        }

        var start = end + 1 + (tokens[end + 1].Text is "the" or "a" or "an" ? 1 : 0);
        var stop = start;
        // "Pukguksong-3" is read as a name, a hyphen and a number.
        while (stop < tokens.Count && stop - start < 5 && ((tokens[stop].IsWord && tokens[stop].IsCapitalized)
            || (stop > start && tokens[stop].Text == "-" && stop + 1 < tokens.Count && tokens[stop + 1].Kind == Language.TokenKind.Number)
            || (stop > start && tokens[stop].Kind == Language.TokenKind.Number && tokens[stop - 1].Text == "-")))
        {
            stop++;
        }

        // The apposition closes where the name does: "the Pukguksong-3, which", not "the Korean Central News Agency said".
        return stop > start && (stop == tokens.Count || tokens[stop].Text is "," or "." or ";" or ")") ? (start, stop) : null;
    }

    /// <summary>"North Korea handed a U.S. envoy a bill": a verb's past ("handed") shares the stem of the kind asked ("hand") but names no such thing.</summary>
    private static bool PastOf(string word, string category) =>
        word.Length > category.Length + 1 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>"What line ...?": the thing of that kind the sentence names ("the Military Demarcation Line", "the Yongbyon nuclear complex").</summary>
    internal static IEnumerable<AnswerCandidate> Named(Passage passage, List<Language.Token> tokens, string category, QuestionReading question)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !passage.Analysis.TokenStems[i].Contains(category) || PastOf(tokens[i].Text, category))
            {
                continue;
            }

            var start = i;
            while (start > 0 && tokens[start - 1].IsWord && (tokens[start - 1].IsCapitalized || !Language.Words.CommonWords.IsFunctionWord(tokens[start - 1].Text)) && i - start < 4
                && !question.Terms.Any(t => passage.Analysis.TokenStems[start - 1].Contains(t.Stem) && t.Role != TermRole.Content))
            {
                start--;
            }

            var end = i + 1;
            while (end < tokens.Count && tokens[end].IsCapitalized && end - i < 3)
            {
                end++;
            }

            // "Panmongak, the grey North Korean building": the name the phrase describes is the answer.
            // The phrase walks back over modifiers only, so its article sits just before it, or opens it when capitalised.
            var article = start > 0 && tokens[start - 1].Text is "the" or "a" or "an" ? start - 1 : start;
            if (article >= 2 && tokens[article].Text is "the" or "a" or "an" && tokens[article - 1].Text == "," && tokens[article - 2].IsCapitalized)
            {
                var nameEnd = article - 1;
                var nameStart = nameEnd - 1;
                while (nameStart > 0 && tokens[nameStart - 1].IsCapitalized)
                {
                    nameStart--;
                }

                var nameFrom = tokens[nameStart].Start;
                var nameTo = tokens[nameEnd - 1].End;
                if (!AppositionOpener.IsPhraseOfCircumstance(passage, tokens, nameStart, nameFrom, nameTo))
                {
                    yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[nameFrom..nameTo], nameFrom, nameTo, 1.0) { Note = $"the {category} the sentence describes" };
                    continue;
                }
            }

            if (NameAfter(tokens, end) is { } after)
            {
                // "a new submarine-launched ballistic missile, the Pukguksong-3, which flew ...": the name set beside the
                // thing of the kind asked is the answer.
                var nameFrom = tokens[after.Start].Start;
                var nameTo = tokens[after.End - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[nameFrom..nameTo], nameFrom, nameTo, 1.0) { Note = $"the {category} the sentence names after it" };
            }

            if (Examples.After(tokens, end) is { } examples)
            {
                // "15 public buildings, including two schools,": asked what kind, the examples the sentence gives are the kinds.
                var exampleFrom = tokens[examples.Start].Start;
                var exampleTo = tokens[examples.End - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[exampleFrom..exampleTo], exampleFrom, exampleTo, 1.0) { Note = $"examples of the {category} the sentence gives" };
            }

            var named = Enumerable.Range(start, end - start).Any(k => tokens[k].IsCapitalized || tokens[k].Kind == Language.TokenKind.Number);
            if (!named && WhichOnes.Asked(question))
            {
                // "Which news websites ...?" is not answered by "foreign news websites": the kind asked with common words
                // before it names no particular one.
                continue;
            }

            if (WhichOnes.KindAsked(question) && OriginOnly.Is(tokens, start, i))
            {
                // "a Greek ferry", asked what kind of ferry: whose it is, not its kind.
                continue;
            }

            if (end - start >= 2 && !Spans.RepeatsQuestion(passage.Text[tokens[start].Start..tokens[end - 1].End], question, passage.Analyze))
            {
                var from = tokens[start].Start;
                var to = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[from..to], from, to, named ? 1.0 : 0.6) { Note = NamedTogether.NoteOf(category) };
            }
        }
    }
}
