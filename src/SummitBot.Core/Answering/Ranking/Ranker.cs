using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Time;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Weighs each candidate's <see cref="Evidence"/>: which of the question's words its passage has and where, how well
/// it fits the kind asked, how near the answer stands to those words, and how retrieval ranked it. Names, ordinals and
/// numbers the question gives must all be there; a word no source uses at all cannot be matched by chance.
/// </summary>
internal static class Ranker
{
    public static Evidence Weigh(QuestionReading question, AnswerCandidate candidate) => Weigh(question, candidate, null);

    /// <summary>
    /// The candidate's evidence. What depends on the passage only (which of the question's words it has, what it lacks)
    /// is worked out once per passage and kept in <paramref name="passages"/>; what depends on the answer's words
    /// (fit, tense, proximity, clause) per candidate.
    /// </summary>
    public static Evidence Weigh(QuestionReading question, AnswerCandidate candidate, Dictionary<int, PassageSupport>? passages)
    {
        if (candidate.IsCurated)
        {
            return new Evidence { Curated = true, TypeFit = 1, Coverage = 1, Confidence = 1 };
        }

        var passage = candidate.Passage!;
        // Kept by the passage's rank, unique among one retrieval's passages: a passage has no hash of its own, and
        // making one for each of 25 new passages per question showed in the profile.
        if (passages is null || !passages.TryGetValue(passage.Rank, out var support))
        {
            support = Support(question, passage);
            passages?.Add(passage.Rank, support);
        }

        // The best this candidate could score (standing right by the question's words, in their clause, in the tense
        // asked): below the threshold, its remaining features need not be worked out.
        var bound = Confidence(new Evidence { Coverage = support.Coverage, InSentence = support.InSentence, TypeFit = candidate.Fit, Proximity = 1, Retrieval = 1.0 - (passage.Rank / (double)SentenceRetriever.Depth) }, support.MissingShare)
            * (support.SaysPredicate ? 1.0 : RankingWeights.OtherPredicate) * (support.OnlyRelated ? RankingWeights.OnlyRelated : 1.0);
        if (bound < RankingWeights.Threshold || support.Veto is not null)
        {
            return new Evidence { Coverage = support.Coverage, InSentence = support.InSentence, TypeFit = candidate.Fit, Missing = support.Missing, Veto = support.Veto, Confidence = bound, Bounded = true };
        }

        var (fit, lowered) = FitFeatures.Of(question, candidate);
        var evidence = new Evidence
        {
            Coverage = support.Coverage,
            InSentence = support.InSentence,
            TypeFit = fit,
            Lowered = lowered,
            Proximity = Proximity(question, candidate),
            Retrieval = 1.0 - (passage.Rank / (double)SentenceRetriever.Depth),
            Missing = support.Missing,
            Veto = support.Veto ?? OtherEvent(question, candidate),
            OnlyRelated = support.OnlyRelated,
        };
        return evidence with { Confidence = Confidence(evidence, support.MissingShare) * (support.SaysPredicate ? 1.0 : RankingWeights.OtherPredicate) * (support.OnlyRelated ? RankingWeights.OnlyRelated : 1.0) };
    }

    /// <summary>
    /// A name the question writes as an acronym in capitals ("UN", "KCNA"), not read as another word by the synonyms,
    /// that the sentence has only in another case: a name of its own ("Kim Jong Un"), not the acronym. (A sentence that
    /// has it in other words, "Demilitarized Zone" for "DMZ" by the synonyms, is matched as before; so is every word of
    /// a question written all in capitals.)
    /// </summary>
    private static bool AcronymOnlyInOtherCase(QuestionReading question, QuestionTerm term, Passage passage) =>
        term.Role == TermRole.Name && question.Text.Any(char.IsLower) && Initials.IsAcronym(term.Word)
        && string.Equals(term.Stem, term.Word, StringComparison.OrdinalIgnoreCase)
        && System.Text.RegularExpressions.Regex.IsMatch(passage.Text, $@"\b{term.Word}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
        && !System.Text.RegularExpressions.Regex.IsMatch(passage.Text, $@"\b{string.Join(@"\.?", term.Word.Select(c => c.ToString()))}\b");

    /// <summary>Which of the question's words a passage has and where, what it lacks, and whether that vetoes it.</summary>
    private static PassageSupport Support(QuestionReading question, Passage passage)
    {
        double total = 0, found = 0, inSentence = 0, missingWeight = 0;
        var missing = new List<string>();
        string? veto = null;
        List<(string Acronym, List<string> Words)>? abbreviated = null;
        var covered = PeopleCovered(question, passage, out var absent);
        if (absent is not null)
        {
            veto = $"does not name {absent}";
        }

        veto ??= OneOfThem.Veto(question, passage);
        veto ??= NotKnownWhether.Veto(question, passage);

        var relatedOnly = new RelatedOnlyMatch();
        foreach (var term in question.Terms)
        {
            if (covered.Contains(term.Word.ToLowerInvariant()) || term == question.Claim)
            {
                continue;
            }

            var weight = term.IsStrict ? Math.Max(term.Weight, 2.0) : term.Weight;
            var (match, where) = term.Role == TermRole.Ordinal ? OrdinalMatch(term, question, passage) : Match(term, passage, question.Type);
            if (match == 0 && SaysTimeAsked(question, term, passage))
            {
                // "the June 2018 get-together" and "on Tuesday" in an article of June 12, 2018: the sentence dates itself
                // within the time the question names, in other words.
                (match, where) = (1, Where.Sentence);
            }

            if (match == 0 && TimeClauseAsked.Tells(question, term, passage))
            {
                // "before he left" and "Before flying home": the clause of time told in other words.
                (match, where) = (RankingWeights.ByRelated, Where.Sentence);
            }

            if (match == 0 && AttemptAsked.IsAttemptWord(question, term) && AttemptAsked.Tells(passage))
            {
                // "How much did they try to take?" and "sent orders worth $951 million. Most were blocked": the attempt
                // the question's "try" asks, told in other words.
                (match, where) = (1, Where.Sentence);
            }

            if (term.Role == TermRole.Number && where is Where.Near or Where.Article)
            {
                // A number or year only the sentence before has is another statement's number.
                (match, where) = (0, Where.Nowhere);
            }

            if (match > 0 && term.OfName is { } name && !NumberBesideName(term, name, passage))
            {
                // "the Sam Jong 2" is not matched by "2 million barrels": the number is a part of the name.
                (match, where) = (0, Where.Nowhere);
            }

            if (where == Where.Sentence && AcronymOnlyInOtherCase(question, term, passage))
            {
                // "Who is the US ambassador to the UN?": "UN" is not the "Un" of "Kim Jong Un".
                (match, where) = (0, Where.Nowhere);
            }

            if (where == Where.Article && CountrySetElsewhere.Names(question, term, passage))
            {
                // "How many workers are in China?" is not answered by "workers ... in Russia" in an article set in China.
                (match, where) = (0, Where.Nowhere);
            }

            if (where is Where.Near or Where.Context or Where.Article && PlaceOfOtherParty.Tells(question, term, passage))
            {
                // "steal from Chile" and "stole about $60 million from a Seoul exchange": the sentence's own place in that role.
                (match, where) = (0, Where.Nowhere);
            }

            if (where is Where.Near or Where.Context or Where.Article && PlaceAskedElsewhere.SetElsewhere(question, term, passage, askedAsPlace: where is Where.Context or Where.Article))
            {
                // "When did Kim visit the White House?" is not answered by "Kim had reached Vietnam on Tuesday" beside a
                // sentence that names the White House in passing. Found only in the sentence referred back to or elsewhere
                // in the article, the name counts as set aside only when the question asks it as a place ("cross into
                // South Korea"), not as a word of a longer name ("to Kim Jong Un").
                (match, where) = (0, Where.Nowhere);
            }

            if (match == 0 && ForeseenTime.Tells(question, term, passage))
            {
                // "expected to take" of "said would take": a time foreseen, told by its future.
                (match, where) = (RankingWeights.ByRelated, Where.Sentence);
            }

            if (match == 0 && OfficeSetIn.Tells(question, term, passage)) (match, where) = (1, Where.Sentence); // "In Seoul, Unification Minister ...": the office's country by the city the sentence opens in.
            if (match == 0 && PlaceWithinAsked.Tells(question, term, passage))
            {
                // "the talks in Norway" of "the talks at a lodge outside Oslo": the country by a city of it.
                (match, where) = (1, Where.Sentence);
            }

            if (match == 0 && Initials.IsAcronym(term.Word) && Initials.Spelt(term.Word, passage.Analysis.Tokens))
            {
                // "according to KCNA" of "the Korean Central News Agency reported": the acronym spelt out.
                (match, where) = (1, Where.Sentence);
            }

            if (where != Where.Sentence && term.Role == TermRole.Name && (abbreviated ??= Language.AcronymRuns.In(question.Text, passage.Analysis.Tokens)).Any(run => run.Words.Contains(term.Word)))
            {
                // "chancellor of PUST" of "the Pyongyang University of Science and Technology": the name in its acronym.
                (match, where) = (1, Where.Sentence);
            }

            if (term.Role is TermRole.Content or TermRole.Event && match > 0)
            {
                relatedOnly.Add(term, passage);
            }

            total += weight;
            found += weight * match;
            inSentence += where == Where.Sentence ? weight * match : 0;
            if (match == 0)
            {
                missing.Add(term.Word);
                missingWeight += weight * (IsPredicate(question, term) ? RankingWeights.MissingVerbFactor : 1.0);
                veto ??= term.IsStrict ? $"lacks '{term.Word}'" : term.Unknown && !Language.Relations.WordRelations.Default.IsVerb(term.Word.ToLowerInvariant()) ? $"no source uses '{term.Word}'" : null;
            }
        }

        var predicate = question.Terms.Where(t => IsPredicate(question, t)).ToList();
        var saysPredicate = predicate.Count == 0 || predicate.Any(t => t.IsIn(passage.Words));
        if (total == 0 && covered.Count > 0 && absent is null)
        {
            // "Who is Lee Hsien Loong?": every word asked is a name the passage gives, so it has all the question has
            // (in the sentence itself when the sentence names them), not the middling default of a question with no words.
            var said = question.People.All(p => p.Candidates.Any(c => passage.Names(c.Key)));
            return new PassageSupport(1.0, said ? 1.0 : 0.5, 0, missing, veto, saysPredicate);
        }

        return new PassageSupport(
            total == 0 ? 0.6 : found / total,
            total == 0 ? 0.5 : inSentence / total,
            total == 0 ? 0 : missingWeight / total,
            missing,
            veto,
            saysPredicate)
        { OnlyRelated = relatedOnly.IsWeak };
    }

    /// <summary>Whether <paramref name="term"/> is a word of the time the question names and a date the sentence gives lies within that time.</summary>
    private static bool SaysTimeAsked(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Time is { } asked && question.TimeWords.Contains(term.Word.ToLowerInvariant())
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => Language.Time.CalendarDate.Decode(d.Value) is { } said && said.From >= asked.From && said.To <= asked.To);

    private static double Confidence(Evidence e, double missingShare)
    {
        var support = (RankingWeights.Coverage * e.Coverage)
            + (RankingWeights.InSentence * e.InSentence)
            + (RankingWeights.Proximity * e.Proximity)
            + (RankingWeights.Retrieval * e.Retrieval)
            - (RankingWeights.MissingPenalty * missingShare);
        return support * (RankingWeights.FitFloor + ((1 - RankingWeights.FitFloor) * e.TypeFit));
    }

    /// <summary>Whether the sentence has the question's number right after the name word it belongs to ("Sam Jong 2", "Hwasong-12").</summary>
    private static bool NumberBesideName(QuestionTerm term, string name, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var nameStems = passage.Analyze(name);
        return nameStems.Count > 0 && Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i].Text == term.Word
            && (stems[i - 1].Contains(nameStems[0]) || (i > 1 && tokens[i - 1].Text == "-" && stems[i - 2].Contains(nameStems[0]))));
    }

    private enum Where
    {
        Nowhere,
        Sentence,
        Context,
        Near,
        Article,
    }

    private static (double Match, Where Where) Match(QuestionTerm term, Passage passage, AnswerType asked)
    {
        if (passage.Words.Contains(term.Stem) || term.Forms.Any(passage.Words.Contains))
        {
            return (1, Where.Sentence);
        }

        if (passage.Context.Contains(term.Stem))
        {
            return (RankingWeights.InContext, Where.Context);
        }

        if (passage.Near.Contains(term.Stem))
        {
            // "The meeting lasted about 90 minutes", after a sentence telling of the meeting: a sentence that opens on
            // "the" and an event noun goes on about the event told just before, whose names are its own.
            return OpensOnEventBefore(passage) ? (RankingWeights.InContext, Where.Context) : (RankingWeights.InNear, Where.Near);
        }

        // "The journey took 60 hours" after a sentence about the train: the sentence goes on about what the one before said.
        if (term.Role is TermRole.Content or TermRole.Event && passage.Before.Contains(term.Stem))
        {
            return (RankingWeights.InBefore, Where.Near);
        }

        foreach (var related in term.Related)
        {
            if (passage.Words.Contains(related))
            {
                return (RankingWeights.ByRelated, Where.Sentence);
            }
        }

        // "When did Bolton speak?" of "Bolton said on Sunday ...": a news report tells when or where someone spoke by its
        // verb of saying (not how long, nor who "speaks for" an office).
        if (term.Role == TermRole.Content && asked is AnswerType.Date or AnswerType.Place && SpeechVerbs.IsSpeaking(term.Word) && passage.Analysis.Tokens.Any(t => SpeechVerbs.IsSpeechVerb(t.Text)))
        {
            return (1, Where.Sentence);
        }

        // "Why did analysts think ...?" of "Analysts said ...": a verb of saying or thinking is matched by any verb of saying.
        if (term.Role == TermRole.Content && SpeechVerbs.IsAttribution(term.Word) && passage.Analysis.Tokens.Any(t => SpeechVerbs.IsSpeechVerb(t.Text)))
        {
            return (RankingWeights.ByRelated, Where.Sentence);
        }

        // "What was the concert called?" of 'The concert, titled "Spring Is Coming"': any word of labelling or titling.
        if (Extraction.Labels.AsksLabel(term) && passage.Analysis.Tokens.Any(t => Extraction.Labels.IsLabelling(t.Text)))
        {
            return (RankingWeights.ByRelated, Where.Sentence);
        }

        // "in Hanoi" said of an article about Hanoi whose sentence does not repeat it.
        if (term.Role == TermRole.Name && passage.Article.Contains(term.Stem))
        {
            return (RankingWeights.InArticle, Where.Article);
        }

        foreach (var related in term.Related)
        {
            if (passage.Context.Contains(related) || passage.Near.Contains(related))
            {
                return (RankingWeights.ByRelated * RankingWeights.InNear, Where.Near);
            }
        }

        return (0, Where.Nowhere);
    }

    private static bool OpensOnEventBefore(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        return tokens.Count > 2 && tokens[0].Text == "The" && EventWords.IsEventNoun(tokens[1].Text) && !tokens[2].IsCapitalized && tokens[2].IsWord;
    }

    /// <summary>"the second summit": the ordinal must qualify an event (or the same noun) in the sentence, in what it refers back to, or in the sentence before.</summary>
    /// <summary>How many words before an ordinal standing alone ("since the first,") its noun may be.</summary>
    private const int OrdinalNounReach = 8;

    /// <summary>
    /// "since the first, in October 2006": an ordinal after "the" (or "its", "their") with no noun of its own
    /// (punctuation follows). Not "the first in the capital": a first of a narrower kind than the noun before it.
    /// </summary>
    private static bool StandsAlone(List<Language.Token> tokens, int i) =>
        i > 0 && (i + 1 == tokens.Count || !tokens[i + 1].IsWord
            || (tokens[i - 1].Text.ToLowerInvariant() is "its" or "their" or "his" or "her" && WithinSpan(tokens, i + 1)))
        && tokens[i - 1].Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her";

    /// <summary>Words of a length of time that may follow an ordinal standing alone ("its third in just over a week").</summary>
    private static readonly HashSet<string> SpanUnits = new(StringComparer.OrdinalIgnoreCase) { "day", "days", "week", "weeks", "month", "months", "year", "years" };

    /// <summary>
    /// "its third in just over a week", "their second this year": after a possessive, an ordinal followed by a span of
    /// time counts the noun before it, as one followed by punctuation does. "its first in the capital" is a first of a
    /// narrower kind, and not this.
    /// </summary>
    private static bool WithinSpan(List<Language.Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Text.ToLowerInvariant() is "in" or "this" or "within"
        && tokens.Skip(at + 1).Take(4).TakeWhile(t => t.IsWord).Any(t => SpanUnits.Contains(t.Text));

    private static (double Match, Where Where) OrdinalMatch(QuestionTerm ordinal, QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;

        // The noun the ordinal qualifies in the question ("the first North Korean leader"): the same noun in the sentence.
        var terms = question.Terms.ToList();
        var qualified = terms.Skip(terms.IndexOf(ordinal) + 1).FirstOrDefault(t => t.Role != TermRole.Name);
        qualified = qualified?.Role is TermRole.Content or TermRole.Event ? qualified : null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (stems[i].Contains(ordinal.Stem))
            {
                // "all six of its nuclear tests since the first, in October 2006": an ordinal standing alone as a noun
                // counts the noun named just before it.
                var (from, to) = StandsAlone(tokens, i) ? (Math.Max(0, i - OrdinalNounReach), i) : (i + 1, Math.Min(tokens.Count, i + 5));
                for (var k = from; k < to; k++)
                {
                    if (EventWords.IsEventNoun(tokens[k].Text) || question.Terms.Any(t => t.Role == TermRole.Event && stems[k].Contains(t.Stem))
                        || (qualified is not null && stems[k].Contains(qualified.Stem)))
                    {
                        return (1, Where.Sentence);
                    }
                }
            }
        }

        if (passage.Context.Contains(ordinal.Stem))
        {
            return (RankingWeights.InContext, Where.Context);
        }

        return passage.Near.Contains(ordinal.Stem) ? (RankingWeights.InNear, Where.Near) : (0, Where.Nowhere);
    }

    /// <summary>
    /// The words of the people the question names that the passage covers by naming them (in full, by a short name,
    /// "he" or a role): those words need not be matched again. <paramref name="absent"/> names one it does not name.
    /// </summary>
    private static HashSet<string> PeopleCovered(QuestionReading question, Passage passage, out string? absent)
    {
        absent = null;
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in question.People)
        {
            var present = named.Candidates.Any(c =>
                passage.Names(c.Key)
                // A quote whose speaker is named in the next sentence ("... the trip. It also ...," said Yang) is theirs.
                || passage.Quotes(c.Key)
                || NameWords(c, passage).All(s => passage.Words.Contains(s) || passage.Context.Contains(s))
                || (!named.ByRole && passage.Analyze(named.Words).All(s => passage.Words.Contains(s) || passage.Context.Contains(s)))
                || (named.ByRole && NameWords(c, passage).Where(s => s.Length > 2).Any(s => passage.Words.Contains(s) || passage.Context.Contains(s))));
            if (present || (named.ByRole && question.Type == AnswerType.YesNo && question.GenericRoles.Contains(named.Words) && passage.Analyze(named.Words).All(passage.Words.Contains)))
            {
                // "Has a sitting US president ever met ...?": a role asked of anyone who held it ("a", "any") is said of
                // the role itself ("No sitting American president has ever met ..."), not of one holder by name.
                covered.UnionWith(named.Words.Split([' ', '-']));
            }
            else if (named.Qualifies && !named.ByRole && passage.Analyze(named.Words).All(s => passage.Before.Contains(s) || passage.Near.Contains(s) || passage.Article.Contains(s)))
            {
                // "Who was surprised by Trump's announcement?": "The announcement appeared to take officials ... by
                // surprise", after a sentence naming Trump. The name's words count as found where they are, for less.
            }
            else if (!named.ByRole || question.Type != AnswerType.Person)
            {
                absent ??= named.Words;
            }
        }

        return covered;
    }

    /// <summary>
    /// "the second meeting ... since their first historic summit in Singapore": Singapore qualifies the first summit,
    /// so it does not answer a question about the second.
    /// </summary>
    private static string? OtherEvent(QuestionReading question, AnswerCandidate candidate)
    {
        var ordinal = question.Terms.FirstOrDefault(t => t.Role == TermRole.Ordinal);
        if (ordinal is null || candidate.Passage is null)
        {
            return null;
        }

        var words = candidate.Words.ToLowerInvariant();
        foreach (var e in candidate.Passage.Of(Language.Reading.AnnotationKind.Event))
        {
            var qualifiers = e.Detail.Split(' ');
            var other = qualifiers.FirstOrDefault(q => Language.Quantities.NumberWords.Ordinal(q) is { } n && n != (int)(ordinal.Value ?? 0));
            if (other is not null && words.Length > 0 && e.Detail.Contains(words, StringComparison.Ordinal))
            {
                return $"'{candidate.Words}' is of the {other} {e.Value}";
            }
        }

        return null;
    }

    /// <summary>
    /// "When did Kim Jong Un visit Russia?" is not answered by "while his grandfather Kim Il Sung ... visited Vietnam in
    /// 1958": the people the question names should be in the answer's own clause (by name or reference).
    /// </summary>
    internal static double PeopleInClause(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.People.Count == 0 || candidate.Passage is null || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration or AnswerType.Number or AnswerType.Amount))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(candidate.Passage.Text, candidate.Start);
        var inClause = candidate.Passage.Of(Language.Reading.AnnotationKind.Person).Where(a => a.Start >= from && a.End <= Math.Max(from, to))
            .Select(a => Language.Reading.ArticlePerson.KeyOf(a.Value)).ToHashSet();
        var (toldFrom, toldTo) = ToldBy(candidate, from, to);
        var others = candidate.Passage.Of(Language.Reading.AnnotationKind.Person).Any(a => a.Start >= toldFrom && a.End <= Math.Max(toldFrom, toldTo));
        var named = question.People.Any(p => p.Candidates.Any(c => inClause.Contains(c.Key)) || OwnedInClause(question, p, candidate.Passage, from, to));
        return named || !others ? 1.0 : 0.5;
    }

    /// <summary>
    /// "How much did the court award Lund's family?" and "the judge ordered the firm to pay the family $2 million": the
    /// person is asked of only as the owner of a thing ("Lund's family"), and the clause that has "the family" (or "his
    /// family") speaks of theirs, though it does not name them.
    /// </summary>
    private static bool OwnedInClause(QuestionReading question, NamedPerson person, Passage passage, int from, int to)
    {
        if (!person.Qualifies || person.Owns is not { } owned || passage.Analyze(owned) is not [var stem, ..])
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        return Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i].Start >= from && tokens[i].End <= Math.Max(from, to)
            && passage.Analysis.TokenStems[i].Contains(stem) && tokens[i - 1].Text.ToLowerInvariant() is "the" or "his" or "her" or "their");
    }

    /// <summary>
    /// The part of the clause [from, to) that tells what was reported, when the answer stands in a report: "The talks
    /// were to be held on Monday, according to the envoy's aide" has the aide as its source, no doer of the talks.
    /// </summary>
    private static (int From, int To) ToldBy(AnswerCandidate candidate, int from, int to)
    {
        foreach (var told in candidate.Passage!.Of(Language.Reading.AnnotationKind.Quote))
        {
            if (told.Start <= candidate.Start && told.End >= candidate.End)
            {
                return (Math.Max(from, told.Start), Math.Min(to, told.End));
            }
        }

        return (from, to);
    }

    /// <summary>
    /// "Where did the envoys plan to meet before February 15?": a passage of that time (a date in the sentence within it,
    /// else a source published within it or shortly after) answers; one of another time hardly does.
    /// </summary>
    internal static double TimeFit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Time is not { } asked || candidate.Passage is null)
        {
            return 1.0;
        }

        var dates = candidate.Passage.Of(Language.Reading.AnnotationKind.Date).Select(d => Language.Time.CalendarDate.Decode(d.Value)).OfType<Language.Time.CalendarDate>().ToList();
        if (dates.Any(said => said.Overlaps(asked)) || SaysSameRelativeTime(question, candidate.Passage))
        {
            return 1.0;
        }

        if (dates.Any(said => said.Grain is Language.Time.DateGrain.Year or Language.Time.DateGrain.Month))
        {
            // "In 2017, Kim oversaw ..." does not answer a question about 2018.
            return 0.2;
        }

        if (candidate.Passage.Published is not { } published)
        {
            return 0.7;
        }

        var within = published >= asked.From && (asked.To == DateOnly.MaxValue || published <= asked.To.AddDays(31));
        return within ? 0.9 : 0.35;
    }

    /// <summary>
    /// "Where is Mandelker going next week?" and "Mandelker is due to travel to Seoul and Tokyo next week": a time said
    /// relative to now ("next week", "last month", no digits) is read from the story's newest date, but a user who
    /// echoes a source's own words means that source's "next week"; the same words in the sentence are the same time.
    /// </summary>
    private static bool SaysSameRelativeTime(QuestionReading question, Passage passage) =>
        question.TimeSaid is { } said && !said.Any(char.IsDigit)
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => string.Equals(d.TextIn(passage.Text), said, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "When will Trump visit ...?" is not answered by what the text tells in the past ("Trump said in a tweet on Friday"),
    /// nor "when did ...?" by what it says will happen: the answer's clause should speak in the question's tense.
    /// </summary>
    internal static double TenseFit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Future is not { } future || candidate.Passage is null || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(candidate.Passage.Text, candidate.Start);
        var tokens = candidate.Passage.Analysis.Tokens;
        var clause = tokens.Where(t => t.Start >= from && t.End <= Math.Max(from, to)).Select(t => t.Text.ToLowerInvariant()).ToList();
        var saysFuture = clause.Any(w => w is "will" or "would" or "shall" or "'ll" or "plans" or "planned" or "scheduled" or "upcoming" or "next" or "expected" or "due")
            || (future && PlannedInfinitive.Before(tokens, tokens.FindIndex(t => t.Start >= from), tokens.FindIndex(t => t.Start >= candidate.Start)));

        // "before he is allowed to live on his own": a participle after "is" or "be" is a passive of its auxiliary's time, no past.
        var saysPast = clause.Select((w, k) => (w, k)).Any(p => p.w is "said" or "was" or "were" or "had" or "did" or "met" or "held" or "took" or "left" or "told"
            || (p.w.Length > 4 && p.w.EndsWith("ed", StringComparison.Ordinal) && !(p.k > 0 && clause[p.k - 1] is "is" or "are" or "am" or "be" or "being")));
        return future ? (saysFuture || !saysPast ? 1.0 : 0.45) : (saysPast || !saysFuture ? 1.0 : 0.7);
    }

    /// <summary>A verb of the question ("become", "lift", "switch"): what it asks happened; a passage without it says something else.</summary>
    private static bool IsPredicate(QuestionReading question, QuestionTerm term)
    {
        var word = term.Word.ToLowerInvariant();
        if (question.DescribingParticiples.Contains(word))
        {
            // "the schooner caught in July": it tells which schooner, not what happened.
            return false;
        }

        var relations = Language.Relations.WordRelations.Default;
        return term.Role == TermRole.Content && relations.IsVerb(word)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || !relations.IsNoun(word));
    }

    /// <summary>The analyzed words of a person's name, without initials ("Donald J. Trump" → donald, trump).</summary>
    private static IEnumerable<string> NameWords(Search.CatalogPerson person, Passage passage) =>
        Language.Reading.ArticlePerson.NameWords(person.Name).SelectMany(passage.Analyze);

    /// <summary>How near the answer stands to the nearest of the question's words in the sentence.</summary>
    private static double Proximity(QuestionReading question, AnswerCandidate candidate)
    {
        var passage = candidate.Passage!;
        if (candidate.Start == 0 && candidate.End == passage.Text.Length)
        {
            return 0.5;
        }

        // Each question word's nearest occurrence; the answer of a sentence that says several things stands by the words it answers.
        var nearest = new Dictionary<QuestionTerm, int>();
        var analysis = passage.Analysis;
        for (var i = 0; i < analysis.Tokens.Count; i++)
        {
            var token = analysis.Tokens[i];
            var stems = analysis.TokenStems[i];
            // "about 20 steps" for "how many steps ...?": the counted noun is the answer's own word, as near as a word can be.
            var inAnswer = token.Start >= candidate.Start && token.End <= candidate.End;
            if (stems.Length == 0 || (inAnswer && candidate.Type != AnswerType.Number))
            {
                continue;
            }

            foreach (var term in question.Terms)
            {
                if (term.IsIn(stems))
                {
                    var distance = inAnswer ? 0 : Math.Max(0, token.End <= candidate.Start ? candidate.Start - token.End : token.Start - candidate.End);
                    nearest[term] = Math.Min(nearest.GetValueOrDefault(term, int.MaxValue), distance);
                }
            }
        }

        if (nearest.Count == 0)
        {
            return 0.3;
        }

        double sum = 0, weights = 0;
        foreach (var (term, distance) in nearest)
        {
            var weight = term.Role == TermRole.Name ? 0.5 : 1.0;
            sum += weight / (1.0 + (distance / 40.0));
            weights += weight;
        }

        return (0.5 * sum / weights) + (0.5 * InClause(question, candidate));
    }

    /// <summary>Share of the question's weight found in the answer's own clause: "Kim landed at Changi, while Trump's plane touched down at Paya Lebar".</summary>
    private static double InClause(QuestionReading question, AnswerCandidate candidate)
    {
        var passage = candidate.Passage!;
        var (from, to) = Clauses.Around(passage.Text, candidate.Start, timeClause: candidate.Type is AnswerType.Date or AnswerType.ClockTime);
        if (candidate.Type == AnswerType.Reason && from == candidate.Start - 1 && from > 0)
        {
            // "trade fell by about half last year, as China enforced sanctions": a reason clause set off by its own
            // break explains the clause before it, which is where the question's words are.
            from = Clauses.Around(passage.Text, from - 1).Start;
        }

        var clause = passage.Analysis.StemsBetween(from, Math.Max(from, to));
        double found = 0, total = 0;
        foreach (var term in question.Terms)
        {
            // Names count half, as in proximity: they set the scene and are repeated across a sentence's clauses ("the
            // two men talked one-on-one for nearly two hours ..., and the meeting ran to three hours, ... Putin ... Kim");
            // what the question asks about is in its other words.
            var weight = term.Role == TermRole.Name ? 0.5 * term.Weight : term.Weight;
            total += weight;
            found += term.IsIn(clause) ? weight : 0;
        }

        return total == 0 ? 0.5 : found / total;
    }
}
