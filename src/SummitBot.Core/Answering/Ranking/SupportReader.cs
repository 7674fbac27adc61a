using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Which of the question's words a passage has and where (the sentence, what it refers back to, the sentences beside it,
/// the article's setting), what it lacks, and whether that vetoes it: worked out once per passage, whatever the
/// candidates in it (<see cref="Ranker"/> keeps it by the passage's rank).
/// </summary>
internal static class SupportReader
{
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
    public static PassageSupport Of(QuestionReading question, Passage passage)
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
        veto ??= DeedDenied.Veto(question, passage);
        veto ??= WinnerBeaten.Veto(question, passage);

        var predicate = Predicates(question);
        var relatedOnly = new RelatedOnlyMatch();
        foreach (var term in question.Terms)
        {
            if (covered.Contains(term.Word.ToLowerInvariant()) || term == question.Claim)
            {
                continue;
            }

            var weight = term.IsStrict ? Math.Max(term.Weight, 2.0) : term.Weight;
            var (match, where) = term.Role == TermRole.Ordinal ? TermMatch.OrdinalMatch(term, question, passage) : TermMatch.Match(term, passage, question);
            if (where == MatchedIn.Sentence && match > 0 && ParticipleOfOtherThing.Tells(question, term, passage))
            {
                // "when did the museum open?" of ", opening a week of talks at the museum": done to another thing.
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (match == 0 && SaysTimeAsked(question, term, passage))
            {
                // "the June 2018 get-together" and "on Tuesday" in an article of June 12, 2018: the sentence dates itself
                // within the time the question names, in other words.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && TimeClauseAsked.Tells(question, term, passage))
            {
                // "before he left" and "Before flying home": the clause of time told in other words.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && AttemptAsked.IsAttemptWord(question, term) && AttemptAsked.Tells(passage))
            {
                // "How much did they try to take?" and "sent orders worth $951 million. Most were blocked": the attempt
                // the question's "try" asks, told in other words.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (term.Role == TermRole.Number && where is MatchedIn.Near or MatchedIn.Article)
            {
                // A number or year only the sentence before has is another statement's number.
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (match > 0 && term.OfName is { } name && !TermMatch.NumberBesideName(term, name, passage))
            {
                // "the Sam Jong 2" is not matched by "2 million barrels": the number is a part of the name.
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (where == MatchedIn.Sentence && AcronymOnlyInOtherCase(question, term, passage))
            {
                // "Who is the US ambassador to the UN?": "UN" is not the "Un" of "Kim Jong Un".
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (where == MatchedIn.Article && CountrySetElsewhere.Names(question, term, passage))
            {
                // "How many workers are in China?" is not answered by "workers ... in Russia" in an article set in China.
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (where is MatchedIn.Near or MatchedIn.Context or MatchedIn.Article && PlaceOfOtherParty.Tells(question, term, passage))
            {
                // "steal from Chile" and "stole about $60 million from a Seoul exchange": the sentence's own place in that role.
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (where is MatchedIn.Near or MatchedIn.Context or MatchedIn.Article && PlaceAskedElsewhere.SetElsewhere(question, term, passage, askedAsPlace: where is MatchedIn.Context or MatchedIn.Article))
            {
                // "When did Kim visit the White House?" is not answered by "Kim had reached Vietnam on Tuesday" beside a
                // sentence that names the White House in passing. Found only in the sentence referred back to or elsewhere
                // in the article, the name counts as set aside only when the question asks it as a place ("cross into
                // South Korea"), not as a word of a longer name ("to Kim Jong Un").
                (match, where) = (0, MatchedIn.Nowhere);
            }

            if (match == 0 && term.Role == TermRole.Content && GivenBack.Tells(question, term, passage))
            {
                // "send the men back" of "handed the men back": giving back, by another verb of giving.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && EventToldByItsVerb.Tells(question, term, passage))
            {
                // "did the floods hit the town" of "the river flooded the town": the event befalling it, by its own verb.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match < 1 && EventNounByItsVerb.Tells(question, term, passage))
            {
                // "when did the explosion happen" of "a cylinder exploded on Saturday": the event, by the verb its noun comes from.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && JourneyTo.Tells(question, term, passage))
            {
                // "where was she flying to" of "on her plane to Lima": the going asked, told by the journey.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && PeopleOfAKindCounted.Tells(question, term, passage))
            {
                // "how many people ... audience" of "an audience of about 400 guests": people counted by their kind.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && SalePaid.Tells(question, term, passage))
            {
                // "what did the buyer pay" of "sold to a buyer for $3 million": one exchange told by the thing sold.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && ForeseenTime.Tells(question, term, passage))
            {
                // "expected to take" of "said would take": a time foreseen, told by its future.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && OfficeSetIn.Tells(question, term, passage))
            {
                // "In Seoul, Unification Minister ...": the office's country, by the city the sentence opens in.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && Extraction.QuotedWork.Tells(question, term, passage))
            {
                // "What song ended the concert?" of 'ended with ... performing "We Are One"': the title is the song.
                (match, where) = (RankingWeights.ByRelated, MatchedIn.Sentence);
            }

            if (match == 0 && LeadingOffice.Tells(question, term, passage))
            {
                // "who heads the general staff" of "the chief of the general staff".
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && Extraction.OwnerNamedBefore.Tells(question, term, passage))
            {
                // "the headmistress of the No. 5 High School" of "pupils of the No. 5 High School ... the school's
                // headmistress": the office's owner by the name the sentence before gave it.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && PlaceWithinAsked.Tells(question, term, passage) is { Match: > 0 } within)
            {
                // "the talks in Norway" of "the talks at a lodge outside Oslo": the country by a city of it.
                (match, where) = within;
            }

            if (match == 0 && CapitalAsState.Tells(question, term, passage))
            {
                // "a pact with Iceland" of "a pact with Reykjavik": the state by its capital, where it is a party.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && Initials.IsAcronym(term.Word) && Initials.Spelt(term.Word, passage.Analysis.Tokens))
            {
                // "according to KCNA" of "the Korean Central News Agency reported": the acronym spelt out.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && LatestAsLast.Tells(question, term, passage))
            {
                // "the most recent test" of "the last of its six tests": the newest of a series is the last one.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match == 0 && Initials.Dotted(term.Word, passage.Analysis.Tokens))
            {
                // "the UN envoy" of "the U.N. envoy": the acronym written with its stops.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (where != MatchedIn.Sentence && term.Role == TermRole.Name && (abbreviated ??= Language.AcronymRuns.In(question.Text, passage.Analysis.Tokens)).Any(run => run.Words.Contains(term.Word)))
            {
                // "chancellor of PUST" of "the Pyongyang University of Science and Technology": the name in its acronym.
                (match, where) = (1, MatchedIn.Sentence);
            }

            if (match < RankingWeights.InLeadIn && where != MatchedIn.Sentence && QuoteLeadIn.Match(question, term, passage) is var leadIn && leadIn > match)
            {
                // "What did Yang say about the release?" of a quote by Yang after "The quick release came at a tense
                // time.": the lines leading up to a quote set out what it is about.
                // A quote run on into the next sentence is one with the sentence that introduces it.
                (match, where) = (leadIn, QuoteLeadIn.InIntroduction(question, term, passage) ? MatchedIn.Sentence : MatchedIn.Near);
            }

            if (term.Role is TermRole.Content or TermRole.Event && match > 0)
            {
                relatedOnly.Add(term, passage);
            }

            total += weight;
            found += weight * match;
            inSentence += where == MatchedIn.Sentence ? weight * match : 0;
            if (match == 0)
            {
                missing.Add(term.Word);
                missingWeight += weight * (predicate.Contains(term) ? RankingWeights.MissingVerbFactor : 1.0);
                // The newest of a series is what the question picks: a passage silent on which one tells of any of them.
                veto ??= term.Newest ? $"does not tell the last, for '{term.Word}'" : term.IsStrict ? $"lacks '{term.Word}'" : BroaderOnly(term, passage) is { } kind ? $"says '{kind}', not '{term.Word}'" : term.Unknown && !TellsManner(term) ? $"no source uses '{term.Word}'" : null;
            }
        }

        var saysPredicate = predicate.Count == 0 || predicate.Any(t => t.IsIn(passage.Words) || DeedReferredBack.Tells(question, t, passage));
        if (total == 0 && covered.Count > 0 && absent is null)
        {
            // "Who is Lee Hsien Loong?": every word asked is a name the passage gives, so it has all the question has
            // (in the sentence itself when the sentence names them), not the middling default of a question with no words.
            var said = question.People.All(p => p.Candidates.Any(c => passage.Names(c.Key)));
            return new PassageSupport(1.0, said ? 1.0 : 0.5, 0, missing, veto, saysPredicate);
        }

        if (total == 0 && Questions.FollowUps.OnlyFrom(question) is { } recalled && passage.Text == recalled)
        {
            // "and what was the score?" after an answer: a follow-up that names nothing asks of the sentence the last
            // answer cited (see FollowUps.NamesNothing), so that sentence has all it asks.
            return new PassageSupport(1.0, 1.0, 0, missing, veto, saysPredicate);
        }

        return new PassageSupport(
            total == 0 ? 0.6 : found / total,
            total == 0 ? 0.5 : inSentence / total,
            total == 0 ? 0 : missingWeight / total,
            missing,
            veto,
            saysPredicate)
        { OnlyRelated = relatedOnly.IsWeakFor(question) };
    }

    /// <summary>
    /// Whether a word no source uses is a verb or a word WordNet knows only as an adverb ("finally", "eventually"): a
    /// passage tells the deed in its own verb, and the manner or the sequence of it often not at all, so its absence
    /// counts as a word missing, not as proof that the passage is about something else.
    /// </summary>
    private static bool TellsManner(QuestionTerm term)
    {
        var word = term.Word.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return relations.IsVerb(word) || relations.IsAdverbOnly(word);
    }

    /// <summary>
    /// "Did the joint basketball team win a medal?" and "won ... at the Asian Games": the sentence has only a word more
    /// general than the question's noun ("game" of "basketball"), which the sources do use where they mean it. It tells of
    /// another thing of the same kind, however well its other words match; the word of the kind, or null.
    /// </summary>
    private static string? BroaderOnly(QuestionTerm term, Passage passage) =>
        term.Unknown ? null : term.Broader.FirstOrDefault(passage.Words.Contains);

    /// <summary>Whether <paramref name="term"/> is a word of the time the question names and a date the sentence gives lies within that time.</summary>
    private static bool SaysTimeAsked(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Time is { } asked && question.TimeWords.Contains(term.Word.ToLowerInvariant())
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => Language.Time.CalendarDate.Decode(d.Value) is { } said && said.From >= asked.From && said.To <= asked.To);

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
            // "Why did the fishermen attack the captain?" and "they had attacked the captain": the role itself, every word
            // of it as asked, is in the sentence, whoever holds it (the article's captain, not another's). So is a role
            // asked of anyone who held it: "Has a sitting US president ever met ...?" and "No sitting American president
            // has ever met ..." (PeopleFinder reads a role only with a head word the analyzer keeps: never no words).
            var roleSaid = named.ByRole && passage.Analyze(named.Words) is { Count: > 0 } roleWords && roleWords.All(passage.Words.Contains);
            var present = roleSaid || named.Candidates.Any(c =>
                passage.Names(c.Key)
                // A quote whose speaker is named in the next sentence ("... the trip. It also ...," said Yang) is theirs.
                || passage.Quotes(c.Key)
                || NameWords(c, passage).All(s => passage.Words.Contains(s) || passage.Context.Contains(s))
                || (!named.ByRole && passage.Analyze(named.Words).All(s => passage.Words.Contains(s) || passage.Context.Contains(s)))
                || (named.ByRole && NameWords(c, passage).Where(s => s.Length > 2).Any(s => passage.Words.Contains(s) || passage.Context.Contains(s)))
                || ThingByKind.Refers(named.Words, NameWords(c, passage), passage)
                // "Officers boarded a trawler ..." then "The trawler, the Nordkapp Star, ...": named in the next sentence.
                || ThingNamedAfter.NamesAll(NameWords(c, passage), passage));
            if (present)
            {
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
    /// The question's verbs. With none that is plainly one, "When did the shop open?": the bare verb after "did" is the
    /// deed whose time is asked, a noun as well or not (only then, so a subject's noun that may be a verb too, "team",
    /// never stands in for a plain verb, "arrive").
    /// </summary>
    private static List<QuestionTerm> Predicates(QuestionReading question)
    {
        var plain = question.Terms.Where(t => IsPredicate(question, t)).ToList();
        return plain.Count > 0 || question.DeedAfterAuxiliary is not { } deed ? plain
            : [.. question.Terms.Where(t => t.Role == TermRole.Content && t.Word.Equals(deed, StringComparison.OrdinalIgnoreCase))];
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
        if (term.Role == TermRole.Content && term.InVerbPhrase)
        {
            // "get back", "call off": the phrase is the verb ("back" alone is a noun too).
            return true;
        }

        return term.Role == TermRole.Content && relations.IsVerb(word)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || !relations.IsNoun(word));
    }

    /// <summary>The analyzed words of a person's name, without initials ("Donald J. Trump" → donald, trump).</summary>
    private static IEnumerable<string> NameWords(Search.CatalogPerson person, Passage passage) =>
        Language.Reading.ArticlePerson.NameWords(person.Name).SelectMany(passage.Analyze);
}
