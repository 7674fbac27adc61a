using System.Text.RegularExpressions;
using SummitBot.Language;
using SummitBot.Language.Quantities;
using SummitBot.Language.Time;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Reads one question for answering from text: the kind of answer asked, the people it names (by name or role, from
/// the people the sources name), the words a passage must have with how strictly (names, ordinals and numbers
/// strictly; other words by their rarity, with WordNet's related words as a weaker match), what a count counts and a
/// time it names.
/// </summary>
internal static partial class QuestionReader
{
    public static QuestionReading Read(string text, AnsweringModel model) =>
        // Casual forms spelt out and misspelt names mended ("wher is the secnd sumit", "steven beigun").
        ReadMended(Curated.FactQuestionReader.Mend(text, model), model);

    /// <summary>"# of resolutions ...?": the sign that stands for "number", which the tokenizer drops with punctuation.</summary>
    internal static string SpellNumberSign(string text) =>
        text.Contains('#', StringComparison.Ordinal) ? NumberSign().Replace(text, "number of") : text;

    [GeneratedRegex(@"#\s*of\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NumberSign();

    /// <summary>Reads a question whose spelling has already been mended.</summary>
    public static QuestionReading ReadMended(string text, AnsweringModel model)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => Plain(t.Text).ToLowerInvariant()).ToList();
        var plain = tokens.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList();
        var type = QuestionType.Of(words, Owners(tokens));
        var people = PeopleFinder.Find(tokens, type.Type, model);
        var taken = new HashSet<string>(people.SelectMany(p => p.Words.Split(' ')), StringComparer.Ordinal);

        var relation = type.Type == AnswerType.Person && IsRelationTo(words, people);
        if (relation)
        {
            // Only the first is asked about; the other stays a name the passage must have.
            people = [people[0]];
        }

        var asksIdentity = type.Type == AnswerType.Person && IsIdentity(words) && people.Count == 1 && !people[0].ByRole && !RoleOfNamed(tokens) && !RoleForNamed.Asked(words, tokens, people[0]);
        var defined = ThingDefined.IsAsked(tokens, people);
        var answerType = asksIdentity ? AnswerType.Title : defined ? AnswerType.What : type.Type;
        var askedRole = answerType == AnswerType.Person && (IsIdentity(words) || AsksHead(words)) ? RoleWordsOf(words, taken, model) : [];
        var newHolder = askedRole.Count > 0 && NewHolder.Asked(words);
        var newStems = newHolder ? model.Snapshot.Analyzer.Terms("new") : [];
        askedRole = [.. askedRole.Where(s => !newStems.Contains(s))];

        var (time, timeWords, namedWords, timeSaid) = TimeNamed(text, model);
        var terms = Terms(text, tokens, model, taken, answerType).Where(t => !timeWords.Contains(t.Word.ToLowerInvariant())).ToList();
        terms = LatestAsLast.Apply(terms, plain, model);

        // "Besides the remains, what else ...?": the thing set aside is no word to look for, and no answer.
        var setAside = answerType == AnswerType.What ? Exclusion.Read(plain) : [];
        var excluded = setAside.Count == 0 ? [] : model.Snapshot.Analyzer.Terms(string.Join(' ', setAside));
        terms.RemoveAll(t => (setAside.Count > 0 && Exclusion.IsOpener(t.Word.ToLowerInvariant())) || setAside.Contains(t.Word.ToLowerInvariant()) || excluded.Contains(t.Stem));
        terms.RemoveAll(t => QualifiesName(plain, t.Word.ToLowerInvariant()));
        terms.RemoveAll(t => newHolder && t.Word.Equals("new", StringComparison.OrdinalIgnoreCase));

        // "What caused the delay?", "what led them to leave?": the verb of causing frames a reason question, as "why" does.
        if (answerType == AnswerType.Reason && CauseAsked.Asks(words, out var causing))
        {
            terms.RemoveAll(t => t.Word.Equals(words[causing], StringComparison.OrdinalIgnoreCase));
        }

        // "What subjects did they talk about?": the topic noun is the kind of answer; the sentence names the topics without it.
        if (answerType == AnswerType.What && TopicTalked.KindAsked(plain) is { } topic)
        {
            terms.RemoveAll(t => t.Word.Equals(topic, StringComparison.OrdinalIgnoreCase));
        }

        // "Which news agency reported ...?": the kind asked is what the answer is, checked by its extractor, as "city" is
        // for "which city"; a passage need not say it besides the name ("Reuters reported ...").
        var organization = answerType == AnswerType.Organization ? QuestionType.OrganizationAsked(words) : [];
        var kindStems = organization.Count == 0 ? [] : model.Snapshot.Analyzer.Terms(OrganizationKinds.KindOf(organization.Count > 1 ? organization[^2] : null, organization[^1]));
        terms.RemoveAll(t => kindStems.Contains(t.Stem));

        // "How much money has the agency set aside?": money after "how much" is the kind of the sum asked, as "km" is in
        // "how many km", not a word the passage must have besides the sum ("set aside about 3 million euros").
        if (answerType == AnswerType.Amount && MeasureNouns.MoneyAsked(words) is { } money)
        {
            terms.RemoveAll(t => t.Word.Equals(money, StringComparison.OrdinalIgnoreCase));
        }

        // "How much did they spend in dollars?": the currency is the kind of the sum asked, not a word the passage must have.
        var currency = answerType == AnswerType.Amount ? OtherCurrency.Asked(words) : null;
        if (currency is { } asked)
        {
            terms.RemoveAll(t => asked.Words.Contains(t.Word.ToLowerInvariant()));
        }

        // "What price did the buyer pay?", "what was the fee?": a noun of money heading the phrase asked is the kind of the
        // sum, as "money" is in "how much money"; a sentence tells the sum without it ("sold to a buyer for $3 million").
        if (answerType == AnswerType.Amount && type.Measure == Dimension.Money && MeasureNouns.MoneyNounAsked(words) is { } moneyNoun)
        {
            terms.RemoveAll(t => t.Word.Equals(moneyNoun, StringComparison.OrdinalIgnoreCase));
        }

        // "What share of the vote did she win?": the noun of a part is the kind of the answer, as "price" is above.
        if (answerType == AnswerType.Amount && type.Measure == Dimension.Share && MeasureNouns.PartNounAsked(words) is { } partNoun)
        {
            terms.RemoveAll(t => t.Word.Equals(partNoun, StringComparison.OrdinalIgnoreCase));
        }

        // "What was the death toll?": a measure that is a plain number counts nothing the question names.
        var counted = answerType == AnswerType.Number && type.Measure is null ? Counted(words, model) : [];
        var capacity = answerType == AnswerType.Number && AsksCapacity(words);
        if (capacity)
        {
            terms.RemoveAll(t => t.Role == TermRole.Content && counted.Contains(t.Stem));
        }

        // "What was the score against Japan?": "score" is the kind of the answer, as "km" is in "how many km", and
        // "against" only leads to the side; the sentence says "lost 3-0 to Japan" without either.
        var score = AsksScore(plain, answerType);
        if (score)
        {
            terms.RemoveAll(t => t.Word.ToLowerInvariant() is "score" or "against" or "versus");
        }

        // "How far behind the leaders did she finish?": the side is the kind of answer asked, as "km" is in "how many km";
        // a margin told the other way round ("0.5 seconds ahead of her") answers it as well.
        var margin = answerType == AnswerType.Duration && MarginWords.Asked(plain);
        if (margin)
        {
            terms.RemoveAll(t => MarginWords.IsSide(t.Word));
        }

        // "When did the crew get out of the mine?": the deed is a frame verb and its particle, no term until read as one;
        // so is "which port did the crew set off from?", a place of the deed.
        if (answerType is AnswerType.Date or AnswerType.Duration or AnswerType.Place && PhrasalDeed.Term(plain, terms, model) is { } phrasal)
        {
            terms.Add(phrasal);
        }

        var route = answerType == AnswerType.Place ? RouteOf(plain) : null;
        var reading = new QuestionReading(text, answerType, terms)
        {
            PlaceKind = defined ? null : type.Place,
            Owner = MeasureOwner.Read(tokens, answerType),
            People = [.. people.Select(p => p with { Owns = NamedPerson.OwnedIn(p.Words, tokens) })],
            AskedRole = askedRole,
            AsksHead = askedRole.Count > 0 && AsksHead(words),
            DoerRole = answerType == AnswerType.Person ? DoerRole(words) : null,
            SideOf = answerType == AnswerType.Person ? SideOf(words) : new HashSet<string>(),
            OwnedNoun = OwnedNoun.Read(tokens),
            OwnedKinds = OwnedKind.Asked(tokens, terms),
            CompanionPreposition = people.Count > 0 ? CompanionPreposition(tokens) : null,
            LowerWords = plain.ToHashSet(StringComparer.Ordinal),
            CostAsked = AskedCost.Of(plain),
            WorthAsked = AskedWorth.Of(plain),
            DescribingParticiples = Describing.Participles(plain),
            OrganizationAsked = organization,
            Counted = counted,
            Group = answerType == AnswerType.Number ? CountGroup.Read(words, model) : null,
            PartAsked = answerType == AnswerType.Number ? PartAsked.Read(words, model) : [],
            CountQualifiers = answerType == AnswerType.Amount ? PayerQualifiers(tokens, model) : CountQualifiers(terms, counted, model),
            AsksCapacity = capacity,
            AsksGroupSize = answerType == AnswerType.Number && GroupSizeAsked.Asks(words),
            AmountUnit = UnitAsked(words),
            CurrencyAsked = currency?.Code,
            TimeUnitAsked = TimeUnitAsked(plain),
            Measure = answerType == type.Type ? type.Measure : null,
            AsksDoerPlace = answerType == AnswerType.Place && AsksDoerPlace(plain),
            Category = answerType is AnswerType.What or AnswerType.Place && !defined ? Category(tokens, model) : organization.Count > 0 ? model.Snapshot.Analyzer.Terms(organization[^1]).FirstOrDefault() : null,
            Time = time,
            TimeWords = namedWords,
            TimeSaid = timeSaid,
            Negated = IsNegated(words, setAside.Count > 0),
            Excluded = excluded,
            Future = Tense(words),
            Outright = type.Outright,
            AsksSomething = type.Outright || text.TrimEnd().EndsWith('?') || words.Any(QuestionWords.Asking.Contains),
            AsksName = plain.Any(w => w is "name" or "names" or "called"),
            AsksDefinition = defined,
            AsksWhatCalled = answerType == AnswerType.What && (WhatCalled.Asks(plain) || WhatCalled.AsksActive(plain, terms)),
            AsksLabel = answerType == AnswerType.What && WhatCalled.AsksLabel(plain),
            AsksNameOf = WhatCalled.AsksNameOf(plain),
            AsksNameOfThing = WhatCalled.OfThing(plain, terms),
            StrandedPreposition = EndingPreposition.Of(plain, answerType, terms),
            StrandedSpeaker = EndingPreposition.Speaker(plain),
            Addressee = Addressee.Of(plain, answerType),
            AsksGroup = answerType == AnswerType.Person && AsksGroup(text, terms),
            MayBeVerbs = MayBeVerbs(terms),
            DeedAfterAuxiliary = answerType is AnswerType.Date or AnswerType.Duration ? DoSupportedVerb.Of(plain, terms) : null,
            AfterArticle = AfterArticle(plain),
            TimeClauses = TimeClauses.Read(text),
            NamesPlan = words.Any(PlanWords.IsPlanWord),
            Countries = CountriesNamed.In(text, anyCase: true),
            Superlatives = answerType == AnswerType.YesNo ? [.. terms.Select(t => t.Word).Where(IsSuperlative)] : new HashSet<string>(),
            AsksTimeUntil = AsksTimeUntil(plain),
            AsksTimeSince = AsksTimeSince(plain),
            AsksAttempt = plain.Zip(plain.Skip(1)).Any(p => p.First is "try" or "tried" or "trying" or "attempt" or "attempted" or "attempting" or "seek" or "sought" && p.Second == "to"),
            AsksLength = answerType == AnswerType.Duration && QuestionType.AsksLengthOfThing(plain),
            AsksMargin = margin,
            AsksYear = plain.Zip(plain.Skip(1)).Any(p => p is ("what" or "which", "year")),
            AsksDay = plain.Zip(plain.Skip(1)).Any(p => p is ("what" or "which", "date" or "dates" or "day" or "days")),
            Route = route,
            LocationAsked = answerType == AnswerType.Place ? LocationAsked(plain, terms) : null,
            Within = answerType == AnswerType.Place && route is null ? Within(plain, terms) : null,
            ThingLocated = answerType == AnswerType.Place && route is null && LocationAsked(plain, terms) is null ? ThingLocated(plain, terms, MayBeVerbs(terms), AfterArticle(plain)) : null,
            AsksSeveralPlaces = answerType == AnswerType.Place && AsksSeveralPlaces(plain),
            ReferenceEvents = ReferenceEvents(plain, terms),
            AsksObject = answerType == AnswerType.What && plain.Count > 3 && plain[0] is "what" && plain[1] is "did" or "do" or "does" or "will" or "would" or "could" or "can" or "should",
            AsksWhom = answerType == AnswerType.Person && plain.Count > 3 && plain[0] is "who" or "whom" && plain[1] is "did" or "do" or "does" or "will" or "would" or "could" or "can" or "should",
            AsksGiven = answerType == AnswerType.What && plain.Count > 3 && plain[0] is "what" && plain[1] is "did" or "do" or "does" or "will" or "would" or "could" or "can" or "should"
                && plain.Any(Language.Words.GivingVerbs.IsGiving),
            AsksScore = score,
            AsksWhatBefell = answerType == AnswerType.What && plain.Zip(plain.Skip(1)).Any(p => p.First is "happened" or "happen" or "happens" && p.Second == "to"),
            AsksWhereTo = answerType == AnswerType.Place && route is null && AsksWhereTo(plain),
            OtherOf = OtherOf(plain, terms),
            AsksWhereFrom = answerType == AnswerType.Place && route is null && AsksWhereFrom(plain),
            AsksOriginOnly = answerType == AnswerType.Place && route is null && AsksWhereFrom(plain) && plain.Zip(plain.Skip(1)).Any(p => p.First is "come" or "comes" or "came" or "coming" && p.Second == "from"),
        };

        return answerType == AnswerType.YesNo ? WithClaim(reading, tokens, model) : reading;
    }

    /// <summary>"What was the score?", "what was the final score against Japan?": a match's score is the thing asked.</summary>
    private static bool AsksScore(List<string> plain, AnswerType answerType) =>
        answerType == AnswerType.What && plain.Count > 2 && plain[0] is "what" && plain.Zip(plain.Skip(1)).Any(p => p is ("the" or "final", "score"));

    /// <summary>"after the Vladivostok summit", "before their talks": an event term within three words after "after", "before" or "following".</summary>
    private static List<QuestionTerm> ReferenceEvents(List<string> words, List<QuestionTerm> terms)
    {
        var found = new List<QuestionTerm>();
        foreach (var term in terms)
        {
            var at = term.Role == TermRole.Event ? words.IndexOf(term.Word.ToLowerInvariant()) : -1;
            for (var k = at - 1; k >= 0 && k >= at - 3; k--)
            {
                if (words[k] is "after" or "before" or "following")
                {
                    found.Add(term);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>"the other official", "the other North Korean official": the first thing named after "the other".</summary>
    private static QuestionTerm? OtherOf(List<string> words, List<QuestionTerm> terms)
    {
        var at = words.IndexOf("other");
        if (at < 1 || words[at - 1] != "the")
        {
            return null;
        }

        for (var k = at + 1; k < words.Count && k <= at + 3; k++)
        {
            foreach (var term in terms)
            {
                if (term.Role is TermRole.Content or TermRole.Event && term.Word.Equals(words[k], StringComparison.OrdinalIgnoreCase))
                {
                    return term;
                }
            }
        }

        return null;
    }

    /// <summary>"Within how many weeks ...?", "how soon ...?", "how long until ...?" (of the question's lower-case words).</summary>
    private static bool AsksTimeUntil(List<string> words) =>
        words.Any(w => w is "within" or "until" or "till" or "later" or "ago" or "soon" or "after" or "before")
        || words.Zip(words.Skip(1)).Any(p => p is ("in", "how"));

    /// <summary>"How long had it been since ...?", "how many years had passed ...?", "what was the gap ...?" (of the question's lower-case words).</summary>
    private static bool AsksTimeSince(List<string> words) =>
        words.Any(w => w is "since" or "passed" or "elapsed" or "gap" or "previous");

    /// <summary>
    /// "Whose statement was Trump talking about?": the noun after "whose" is the thing the person asked for owns, what
    /// the question is about, even when it is a word that elsewhere only frames a question ("statement", "plan"). Read
    /// as its names alone, any sentence naming Trump answered with whoever stood next to him. -1 when there is none.
    /// </summary>
    private static int Possessed(List<Token> words, AnswerType type)
    {
        var whose = words.FindIndex(t => t.Text.Equals("whose", StringComparison.OrdinalIgnoreCase));
        return type == AnswerType.Person && whose >= 0 && whose + 1 < words.Count ? whose + 1 : -1;
    }

    private static List<QuestionTerm> Terms(string question, List<Token> tokens, AnsweringModel model, HashSet<string> nameWords, AnswerType type)
    {
        var terms = new List<QuestionTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The question's words re-joined with single spaces (possessives and clitics dropped), analyzed whole so that
        // a synonym of several words ("South Korea") is one term, with each term traced back to its word.
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).ToList();
        var text = string.Concat(words.Select(t => Plain(t.Text) + " "));
        var at = 0;
        var starts = words.Select(t => { var s = at; at += Plain(t.Text).Length + 1; return s; }).ToList();
        tokens = words;
        var placeNames = PlaceNames(tokens);
        var possessed = Possessed(tokens, type);
        foreach (var (stem, from, to) in model.Snapshot.Analyzer.TermsAt(text))
        {
            var i = LastStartAtOrBefore(starts, from);
            var last = Math.Max(i, LastStartAtOrBefore(starts, to - 1));
            var token = tokens[i];
            var word = Plain(text[from..to].Trim());
            var lower = Plain(token.Text).ToLowerInvariant();
            var ordinal = NumberWords.Ordinal(lower);
            var isYear = token.Kind == TokenKind.Number && lower.Length == 4 && lower[0] is '1' or '2';
            var number = ordinal is null ? NumberWords.Value(lower) : null;
            if ((ordinal is null && !isYear && (FramesHere(tokens, i, lower, type, nameWords) || SayingBack.IsParticle(tokens, i, type) || SpeaksToAudience(tokens, i) || CommonWords.IsPreposition(lower) || Contraction.Contains(lower) || EndsInNot(token.Text) || HomewardWords.Frames(tokens, i) || EmphaticOwn.Frames(tokens, i) || IndefinitePronoun.Frames(tokens, i) || HowFarAway.Frames(tokens, i) || NeededLength.Frames(tokens, i, type) || HowMuchLonger.Frames(tokens, i, type) || AbleTo(tokens, i, type)) && !nameWords.Contains(lower) && last == i && i != possessed) || !seen.Add(stem))
            {
                continue;
            }

            {
                var replying = SayingBack.Replying(tokens, i, type);
                var role = ordinal is not null ? TermRole.Ordinal
                    : isYear || number is not null ? TermRole.Number
                    : nameWords.Contains(lower) || (IsPlaceName(tokens, i, placeNames) && !IsDemonym(word)) || IsCapitalizedName(tokens, i) ? TermRole.Name
                    : EventWords.IsEventNoun(lower) ? TermRole.Event
                    : TermRole.Content;
                terms.Add(new QuestionTerm(word, stem, role, model.Weight(stem))
                {
                    Related = replying ? [.. model.RelatedStems(lower, false).Union(SayingBack.ReplyStems(model))]
                        : role is TermRole.Content or TermRole.Event ? WithWordsOfItsClass(WithUnForm(WithOwnForms(WithOtherWinning(model.RelatedStems(lower, Describing.UsedAsNoun(tokens, i)), lower, model), lower, model), lower, type, model), lower, type, model)
                        : role == TermRole.Name ? [.. !AsPlace(tokens, i, question) ? Government(word, model) : [], .. DemonymPlaces(word, model)] : [],
                    Replying = replying,
                    // Only a claim checked yes or no: asked "where was the pact signed?", the sentence's "agreement"
                    // is the pact the question takes as given; asked whether it was signed, a kind says nothing of it.
                    Broader = role == TermRole.Content && type == AnswerType.YesNo ? model.BroaderStems(lower, Describing.UsedAsNoun(tokens, i)) : [],
                    Forms = role == TermRole.Content ? IrregularForms(lower, stem, model) : [],
                    Unknown = model.Snapshot.DocumentFrequency(stem) == 0,
                    Acts = role == TermRole.Name && Acts(tokens, i),
                    Value = ordinal ?? number,
                    OfName = role == TermRole.Number && !isYear && token.Kind == TokenKind.Number && i > 0
                        && (nameWords.Contains(Plain(tokens[i - 1].Text).ToLowerInvariant()) || IsCapitalizedName(tokens, i - 1)) ? Plain(tokens[i - 1].Text) : null,
                });
            }
        }

        return WithPhrases(terms, tokens, model);
    }

    /// <summary>
    /// "Was the bill paid?" of "it went unpaid": asked yes or no, a word is also matched by its form in "un-" that the
    /// sources have, which tells the contrary (<see cref="ClaimPolarity"/> reads it as "not paid").
    /// </summary>
    private static IReadOnlyList<string> WithUnForm(IReadOnlyList<string> related, string word, AnswerType type, AnsweringModel model)
    {
        if (type != AnswerType.YesNo || word.StartsWith("un", StringComparison.Ordinal) || word.Length < 3)
        {
            return related;
        }

        var contrary = model.Snapshot.Analyzer.Terms("un" + word);
        return contrary.Count == 1 && model.Snapshot.DocumentFrequency(contrary[0]) > 0 ? [.. related, contrary[0]] : related;
    }

    /// <summary>
    /// "By how many points did the club win?" of "the club beat its rivals by 12 points": a verb of winning over a side
    /// is matched by the text's other verbs of winning ("beat", "defeated", "won"), which say the same deed of the side
    /// before them. <see cref="Ranking.WinnerBeaten"/> vetoes a sentence where the side asked as winner is the one beaten.
    /// </summary>
    private static IReadOnlyList<string> WithOtherWinning(IReadOnlyList<string> related, string word, AnsweringModel model)
    {
        if (!ContestVerbs.IsWinning(word))
        {
            return related;
        }

        var own = model.Snapshot.Analyzer.Terms(word);
        var others = ContestVerbs.WinningForms.SelectMany(model.Snapshot.Analyzer.Terms)
            .Where(stem => !own.Contains(stem) && !related.Contains(stem) && model.Snapshot.DocumentFrequency(stem) > 0);
        return [.. related, .. others.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// "teach" → "taught": the analyzed irregular forms of the word that the sources have; the same word, not a related
    /// one. An irregular form asked has its base among them ("ran" → "run"): "which firm ran the trip?" is told by "the
    /// trip was run by ...", as "taught" is by "teach".
    /// </summary>
    private static IReadOnlyList<string> IrregularForms(string word, string stem, AnsweringModel model) =>
        [.. Language.Relations.WordRelations.Default.IrregularFormsOf(word).Concat(IrregularBase(word)).Concat(YForms(word)).SelectMany(model.Snapshot.Analyzer.Terms)
            .Where(form => form != stem && model.Snapshot.DocumentFrequency(form) > 0).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> IrregularBase(string word) =>
        Language.Relations.WordRelations.IrregularBase(word) is { } form ? [form] : [];

    /// <summary>
    /// "try" of "tried", "deny" of "denies": a word ending in a consonant and "y" changes it to "i" in its forms, which the
    /// stemmer reads apart from the word itself when the rest has no vowel ("try" stays "try", "tried" becomes "tri").
    /// </summary>
    private static IEnumerable<string> YForms(string word) =>
        word.Length > 2 && word[^1] == 'y' && "aeiou".IndexOf(word[^2], StringComparison.Ordinal) < 0
            ? [word[..^1] + "ied", word[..^1] + "ies"]
            : [];

    /// <summary>
    /// "How long did Biegun speak?" of "Biegun spoke for about 40 minutes": a word of talking is matched by its own
    /// irregular forms, which related words leave out as words that frame other questions.
    /// </summary>
    private static IReadOnlyList<string> WithOwnForms(IReadOnlyList<string> related, string word, AnsweringModel model)
    {
        if (!QuestionWords.Conversing.Contains(word))
        {
            return related;
        }

        var forms = Language.Relations.WordRelations.Default.IrregularFormsOf(word).SelectMany(model.Snapshot.Analyzer.Terms)
            .Where(stem => !related.Contains(stem) && model.Snapshot.DocumentFrequency(stem) > 0);
        return [.. related, .. forms];
    }

    /// <summary>
    /// "Who said they regret not being able to confirm ...?": "able to" is the modal "can" of the verb after it, which a
    /// source tells as "could" or "cannot"; the verb is what the question is about. Not in a yes/no question, where
    /// whether they could is what is asked.
    /// </summary>
    private static bool AbleTo(List<Token> tokens, int i, AnswerType type) =>
        type != AnswerType.YesNo && i + 1 < tokens.Count && Plain(tokens[i].Text).Equals("able", StringComparison.OrdinalIgnoreCase)
        && Plain(tokens[i + 1].Text).Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a frame word frames the question where it stands: not a verb used as a noun ("the show"), "held" of a
    /// person asked where, "named after", a verb of saying before "back" or a verb of talking before "about" asked what,
    /// which are what the question asks about.
    /// </summary>
    private static bool FramesHere(List<Token> tokens, int i, string lower, AnswerType type, IReadOnlySet<string> nameWords) =>
        (IsFrame(lower, type) || HoldsEvent(tokens, i, lower) || ComesFrom(tokens, i, lower, type)) && !AskingVerbAsNoun(tokens, i) && !HeldPerson.Detained(tokens, i, nameWords, type)
        && !NamedAfter.Honours(tokens, i) && !SayingBack.Replying(tokens, i, type) && !TopicTalked.Asked(tokens, i, type);

    /// <summary>
    /// Whether a word frames the question rather than says what it is about. "Talk" and "statement" frame a question
    /// about what was said ("what did Kim talk about?"), but in one asking how long, how many, how much or when they are
    /// what happened: "how long did they talk?" is about talking, not any length the article gives; a word of measure or
    /// of holding ("distance", "hold") in a question asking who is its matter. The unit of an
    /// amount asked ("how many km ...") is the answer's own word, not one the passage must have besides it.
    /// </summary>
    private static bool IsFrame(string word, AnswerType type) =>
        (type == AnswerType.Amount && QuantityReader.IsUnit(word)) || (QuestionWords.Frame.Contains(word)
        && !(type == AnswerType.YesNo && QuestionWords.ClaimedInYesNo.Contains(word))
        && !(type is AnswerType.Person or AnswerType.Speaker or AnswerType.Organization && QuestionWords.MeasureOrPlaceFrame.Contains(word))
        && !(type is AnswerType.Duration or AnswerType.Number or AnswerType.Amount or AnswerType.Date or AnswerType.ClockTime && (QuestionWords.Conversing.Contains(word) || QuestionWords.Hosting.Contains(word))));

    /// <summary>
    /// "Where did the old ferry come from?": asked where, "come" right before "from" only asks for an origin, which the
    /// text tells by the place after its own "from" ("a ferry bought from Norway", "shipped from Busan"), seldom by
    /// "came"; the verb frames the question like "go" does, and the thing that came is what it is about.
    /// </summary>
    private static bool ComesFrom(List<Token> tokens, int i, string lower, AnswerType type) =>
        type == AnswerType.Place && lower is "come" or "comes" or "came" or "coming"
        && i + 1 < tokens.Count && Plain(tokens[i + 1].Text).Equals("from", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Who did Kim hold talks with?": a word of holding before an event it holds ("talks", "a meeting") is a light verb
    /// that frames the question even when it asks who; the event is what the question is about.
    /// </summary>
    private static bool HoldsEvent(List<Token> tokens, int i, string lower)
    {
        if (!QuestionWords.MeasureOrPlaceFrame.Contains(lower) || !QuestionWords.Frame.Contains(lower))
        {
            return false;
        }

        var next = i + 1 < tokens.Count && Plain(tokens[i + 1].Text).ToLowerInvariant() is "a" or "an" or "the" ? i + 2 : i + 1;
        return next < tokens.Count && tokens[next].IsWord && Language.Words.EventWords.IsEventNoun(Plain(tokens[next].Text).ToLowerInvariant());
    }

    /// <summary>
    /// "How long was the show?": "show" frames a request ("show me ...") but after a determiner it is a noun, the thing
    /// the question is about.
    /// </summary>
    private static bool AskingVerbAsNoun(List<Token> tokens, int i) =>
        i > 0 && Plain(tokens[i].Text).ToLowerInvariant() is "show" or "shows"
        && Plain(tokens[i - 1].Text).ToLowerInvariant() is "the" or "a" or "this" or "that" or "its" or "their" or "his" or "her";

    /// <summary>
    /// "When did Ranta talk to reporters?": a word of talking with "to" and a group in lower case after it is an act of
    /// saying to an audience, which the text tells as "Ranta told reporters" or "said to reporters"; like "say", it frames
    /// the question, whatever its kind. Talking to someone named ("talk to Kim") is still what happened.
    /// </summary>
    private static bool SpeaksToAudience(List<Token> tokens, int i)
    {
        if (!QuestionWords.Conversing.Contains(tokens[i].Text.ToLowerInvariant()) || i + 2 >= tokens.Count || !tokens[i + 1].Is("to"))
        {
            return false;
        }

        var audience = tokens[i + 2].Is("the") && i + 3 < tokens.Count ? tokens[i + 3] : tokens[i + 2];
        return audience.IsWord && !audience.IsCapitalized && !CommonWords.IsFunctionWord(audience.Text);
    }

    /// <summary>The last of the ascending word <paramref name="starts"/> at or before <paramref name="offset"/>, or -1.</summary>
    private static int LastStartAtOrBefore(List<int> starts, int offset)
    {
        var i = starts.Count - 1;
        while (i >= 0 && starts[i] > offset)
        {
            i--;
        }

        return i;
    }

    /// <summary>Words before a place name that use it as a place ("in Seoul", "visit Pyongyang"), not as its government.</summary>
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "into", "from", "near", "through", "via", "outside", "inside", "around", "across", "visit", "visited", "visiting",
        "reach", "reached", "leave", "left", "arrive", "arrived", "where",
    };

    /// <summary>
    /// "How much did Washington pay Pyongyang?", "why did Trump warn Tokyo?": a capital right after a verb not of place
    /// is the one the verb acts on, its government, as the text may call it by its country's name.
    /// </summary>
    private static bool IsObject(List<Token> tokens, int i)
    {
        if (i < 2 || !tokens[i - 1].IsWord || tokens[i - 1].IsCapitalized)
        {
            return false;
        }

        var verb = tokens[i - 1].Text.ToLowerInvariant();
        return !CommonWords.IsFunctionWord(verb) && Language.Relations.WordRelations.Default.IsVerb(verb) && !QuestionWords.Movement.Contains(verb);
    }

    /// <summary>
    /// "Pyongyang's team", "what does Washington pay": a capital named for its government stands for its country, and a
    /// country for its capital; the gazetteer says which is whose. A weaker match than the name itself.
    /// </summary>
    private static IReadOnlyList<string> Government(string word, AnsweringModel model)
    {
        var place = Gazetteer.Default.Find(word).FirstOrDefault(p => p.Kind is PlaceKind.Capital or PlaceKind.Country && !p.IsDemonym);
        var other = place?.Kind == PlaceKind.Capital ? place.Country : place?.Capital;
        return other is null ? [] : [.. model.Snapshot.Analyzer.Terms(other).Where(t => model.Snapshot.DocumentFrequency(t) > 0)];
    }

    /// <summary>"African countries" of "countries in Africa": the analyzed names of the places a demonym is of, that the sources have.</summary>
    private static IEnumerable<string> DemonymPlaces(string word, AnsweringModel model)
    {
        // "North Korean" and "North Korea" may already be one word by the synonyms: then there is nothing more to match.
        var own = model.Snapshot.Analyzer.Terms(word);
        return PlaceOfDemonym.Of(word).SelectMany(model.Snapshot.Analyzer.Terms).Where(t => model.Snapshot.DocumentFrequency(t) > 0 && !own.Contains(t)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// "get back": the verb of the phrase frames questions ("get") and is no term, so the particle left ("back") stands
    /// for the whole verb, which is what the question asks happened. A phrase whose verb is a term of its own ("call
    /// for", "put out") is weighed by that verb as before.
    /// </summary>
    private static bool ParticleOfFrameVerb(string[] parts, string head, List<QuestionTerm> terms) =>
        parts.Length == 2 && head == parts[1] && !terms.Any(t => t.Word.Equals(parts[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Two words WordNet knows as one ("touch down" → land, "get-together" → meeting, "walk away" → leave): what the
    /// phrase is related to counts for its content word, so a paraphrase finds the text's own word.
    /// </summary>
    private static List<QuestionTerm> WithPhrases(List<QuestionTerm> terms, List<Token> tokens, AnsweringModel model)
    {
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 0; i < tokens.Count; i++)
        {
            var phrase = tokens[i].Text.Contains('-', StringComparison.Ordinal) ? tokens[i].Text.Replace('-', ' ').ToLowerInvariant()
                : i + 1 < tokens.Count && tokens[i].IsWord && tokens[i + 1].IsWord ? (tokens[i].Text + " " + tokens[i + 1].Text).ToLowerInvariant() : null;
            if (phrase is null || tokens[i].IsCapitalized && i > 0 || !phrase.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var parts = phrase.Split(' ');
            var beforeTo = i + 2 < tokens.Count && tokens[i + 2].Text is "to" or "into" or "onto";
            phrase = BasePhrase(phrase, parts, relations, beforeTo);
            if (phrase is null)
            {
                continue;
            }

            var at = terms.FindIndex(t => t.Role is TermRole.Content or TermRole.Event && parts.Contains(t.Word.ToLowerInvariant()));
            if (at >= 0)
            {
                // "back out", "call off": a verb and its particle mean the phrase alone (withdraw, cancel), not what the
                // bare verb means ("back" is no body part or side here); the verb's own forms stay ("broke down", "blew up").
                var head = terms[at].Word.ToLowerInvariant();
                var whole = parts.Length == 2 && parts[0] == head && IsParticle(parts[1]) && relations.IsVerb(phrase);
                var forms = whole ? relations.BaseForms(head).Concat(relations.IrregularFormsOf(head)).SelectMany(model.Snapshot.Analyzer.Terms).ToHashSet(StringComparer.Ordinal) : null;
                var forFrame = ParticleOfFrameVerb(parts, head, terms) && relations.IsVerb(phrase);

                // "has it got back": the particle standing for the phrase is no word of its own, so what the bare word is
                // related to ("back" → move, side) tells nothing of the phrase; only what the phrase is related to does.
                // Not before "to" ("get back to Oslo"), a way gone, which the words of going ("go", "travel") do tell.
                IEnumerable<string> kept = forFrame && IsParticle(head) && !beforeTo ? [] : forms is null ? terms[at].Related : terms[at].Related.Where(forms.Contains);
                terms[at] = terms[at] with { Related = [.. kept.Union(model.RelatedStems(phrase))], InVerbPhrase = forFrame };
                if (tokens[i].Text.Contains('-', StringComparison.Ordinal))
                {
                    // "get-together" is one word written in parts: its other parts ("together") are no words of their
                    // own that a passage saying "meeting" lacks.
                    var joined = terms[at];
                    terms.RemoveAll(t => !ReferenceEquals(t, joined) && t.Role is TermRole.Content or TermRole.Event && parts.Contains(t.Word.ToLowerInvariant()));
                }
            }
        }

        return terms;
    }

    /// <summary>
    /// The phrase as WordNet knows it: as written ("touch down"), or, for a verb told in another form before its
    /// particle ("were kicked out", "backed out"), with the verb in its base form ("kick out"); null when it knows neither.
    /// A particle before "to" is the start of a way gone ("has gone over to China"), no phrase of the verb's.
    /// </summary>
    private static string? BasePhrase(string phrase, string[] parts, Language.Relations.WordRelations relations, bool beforeTo) =>
        relations.Knows(phrase) ? phrase
        : parts.Length == 2 && IsParticle(parts[1]) && !beforeTo ? relations.BaseForms(parts[0]).Skip(1).Select(form => form + " " + parts[1]).FirstOrDefault(relations.IsVerb)
        : null;

    /// <summary>Particles that make one verb of the verb before them ("back out", "call off", "pull out", "give up", "come across").</summary>
    private static bool IsParticle(string word) => word is "out" or "off" or "up" or "down" or "away" or "back" or "in" or "over" or "across" or "upon";

    /// <summary>The place names the question's tokens start, each looked up once: (length in tokens, or 0; in context).</summary>
    private static (int Length, bool InContext)[] PlaceNames(List<Token> tokens)
    {
        var names = new (int, bool)[tokens.Count];
        for (var start = 0; start < tokens.Count; start++)
        {
            var length = Gazetteer.Default.Match(tokens, start, anyCase: true, out var places);
            names[start] = length > 0 && !CommonWords.IsFunctionWord(tokens[start].Text) ? (length, Gazetteer.IsPlaceInContext(tokens, start, length, places))
                : PlaceInLexicon.Match(tokens, start) is > 0 and var known ? (known, true)
                : (0, false);
        }

        return names;
    }

    /// <summary>Units of time a question may ask a length in ("how many months"), each as it is written singular.</summary>
    private static readonly string[] TimeUnits = ["second", "minute", "hour", "day", "week", "month", "year", "decade"];

    /// <summary>"which countries voted ...": what/which, a place's kind, then a verb in its past form.</summary>
    private static bool AsksDoerPlace(List<string> plain) =>
        plain.Count > 2 && plain[0] is "which" or "what" && IsPlaceKindNoun(plain[1])
            && Language.Relations.WordRelations.Default.IsPastForm(plain[2]);

    private static bool IsPlaceKindNoun(string word) => word is "country" or "countries" or "nation" or "nations" or "city" or "cities" or "state" or "states";

    /// <summary>"Which nuclear complex did ...": the noun before the verb, after what/which and its adjectives.</summary>
    private static string? Category(List<Token> tokens, AnsweringModel model)
    {
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Possessive).ToList();
        var wh = words.FindIndex(w => w.Kind != TokenKind.Possessive && Plain(w.Text).ToLowerInvariant() is "what" or "which");
        if (wh < 0)
        {
            return null;
        }

        string? noun = null;
        var taken = 0;
        for (var k = wh + 1; k < words.Count && taken < 4; k++)
        {
            var word = Plain(words[k].Text).ToLowerInvariant();
            if (words[k].Kind == TokenKind.Possessive || word is "kind" or "sort" or "type" or "of")
            {
                continue;
            }

            taken++;

            // "which countries voted against": the verb after the noun asked ends it ("voted" is no kind of thing).
            if (QuestionWords.Asking.Contains(word) || CommonWords.IsFunctionWord(word) || (noun is not null && Language.Relations.WordRelations.Default.IsPastForm(word)))
            {
                break;
            }

            noun = word;

            // "which country's health service ...?" asks for the country: the possessor is the thing asked.
            if (k + 1 < words.Count && words[k + 1].Kind == TokenKind.Possessive)
            {
                break;
            }
        }

        return noun is null ? null : model.Snapshot.Analyzer.Terms(noun).FirstOrDefault();
    }

    /// <summary>
    /// The time a question names ("in 2017", "in March 2018", "last month", "before February 15"), read as articles are,
    /// relative to the newest source's date (the story's "now", not today's). "before"/"by" and "after"/"since" open
    /// the range on one side.
    /// </summary>
    private static (CalendarDate? Time, HashSet<string> Words, HashSet<string> Named, string? Said) TimeNamed(string text, AnsweringModel model)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var sentence = new Language.Reading.ReadSentence(0, 0, 0, text);
        new DateReader(model.StoryDate).Read(sentence);
        foreach (var date in sentence.Annotations.Where(a => a.Kind == Language.Reading.AnnotationKind.Date))
        {
            if (CalendarDate.Decode(date.Value) is not { } asked)
            {
                continue;
            }

            var before = text[..date.Start].TrimEnd().Split(' ').LastOrDefault()?.ToLowerInvariant();

            // A time the question reaches from ("before February 15", "last month") is matched by the sources' dates, not
            // by words a passage must have; a year or month it names as such ("in 2018") stays a word to match.
            var relative = before is "before" or "by" or "until" or "till" or "after" or "since" || !date.TextIn(text).Any(char.IsDigit);
            foreach (var word in date.TextIn(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                (relative ? words : named).Add(Plain(word.Trim('.', ',', '?')).ToLowerInvariant());
            }

            var time = before switch
            {
                "before" or "by" or "until" or "till" => new CalendarDate(DateOnly.MinValue, asked.From.AddDays(-1), asked.Grain),
                "after" or "since" => new CalendarDate(asked.To.AddDays(1), DateOnly.MaxValue, asked.Grain),
                _ => asked,
            };
            return (time, words, named, date.TextIn(text));
        }

        return (null, words, named, null);
    }

    /// <summary>"wasn't" as the question's words have it, its clitic dropped ("wasn"): a negation, never a word to look for.</summary>
    internal static readonly HashSet<string> Contraction = new(StringComparer.Ordinal)
    {
        "isn", "wasn", "aren", "weren", "doesn", "didn", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn",
    };

    /// <summary>
    /// "won't", "can't", "don't": a verb with the clitic of negation, whatever its stem. Dropping the clitic leaves "won"
    /// or "can", words of their own ("who won?"), so the whole token says it is a negation, never a word to look for.
    /// </summary>
    private static bool EndsInNot(string token) =>
        token.Length > 3 && token[^1] is 't' or 'T' && Tokenizer.IsApostrophe(token[^2]) && token[^3] is 'n' or 'N';

    /// <summary>The content and event words (lower case) that may be verbs: looked up in WordNet once, not for each candidate.</summary>
    private static HashSet<string> MayBeVerbs(List<QuestionTerm> terms) =>
        [.. terms.Where(t => t.Role is TermRole.Content or TermRole.Event).Select(t => t.Word.ToLowerInvariant()).Where(Language.Relations.WordRelations.Default.IsVerb)];

    /// <summary>"was the bill paid?": the words right after an article or a possessive, nouns there whatever else they may be.</summary>
    private static HashSet<string> AfterArticle(List<string> plain) =>
        plain.Skip(1).Where((_, k) => plain[k] is "the" or "a" or "an" or "his" or "her" or "its" or "their").ToHashSet(StringComparer.Ordinal);

    /// <summary>"biggest", "strongest": a word in "-est" that is neither a noun nor a verb ("interest", "protest" are).</summary>
    private static bool IsSuperlative(string word)
    {
        var lower = word.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return lower.Length >= 6 && lower.EndsWith("est", StringComparison.Ordinal) && !relations.IsNoun(lower) && !relations.IsVerb(lower);
    }

    /// <summary>"who are the four men", "who were the two envoys": "who are/were" and a number of two or more.</summary>
    private static bool AsksGroup(string text, List<QuestionTerm> terms) =>
        (text.Contains("who are ", StringComparison.OrdinalIgnoreCase) || text.Contains("who were ", StringComparison.OrdinalIgnoreCase))
        && terms.Any(t => t.Role == TermRole.Number && NumberWords.Value(t.Word) is >= 2);

    /// <summary>"What is the full name of ...?": "full" right before "name" says which name is asked (see <see cref="QuestionWords.NameQualifiers"/>).</summary>
    private static bool QualifiesName(List<string> plain, string word) =>
        QuestionWords.NameQualifiers.Contains(word) && plain.Zip(plain.Skip(1)).Any(p => p.First == word && p.Second is "name" or "names");

    /// <summary>
    /// "Which tests were not ICBMs?", "who didn't attend?": a negation in the question's own frame (within its first few
    /// words, or "except"/"other than"), not one inside what someone is asked to have said.
    /// </summary>
    private static bool IsNegated(List<string> words, bool setAsideRead) =>
        words.Take(5).Any(w => w is "not" or "never" or "isn't" or "wasn't" or "aren't" or "weren't" or "don't" or "doesn't" or "didn't" or "won't" or "isnt" or "wasnt"
            or "didnt" or "dont" or "doesnt" or "wont" || Contraction.Contains(w)) && !words.Take(3).Any(w => SpeechVerbs.IsSpeechVerb(w))
        || (!setAsideRead && words.Any(w => w is "except" or "excluding" or "besides"));

    /// <summary>
    /// Whether the question asks of the future, the past, or cannot tell. A past form after "be" ("will the ceremony be
    /// held?") is a participle whose tense is its auxiliary's, no past; "due" ("when is the ferry due back?") asks what
    /// is to come.
    /// </summary>
    private static bool? Tense(List<string> words)
    {
        var future = words.Any(w => w is "will" or "upcoming" or "next" or "planned" or "scheduled" or "going" or "gonna" or "due");
        var past = words.Where((w, i) => i == 0 || words[i - 1] != "be")
            .Any(w => w is "did" or "was" or "were" or "had" or "met" or "held" or "happened" or "took" or "went" or "last" or "previous" or "ago");
        return future == past ? null : future;
    }

    /// <summary>
    /// "Is the second summit in Singapore?": the word the question claims (a place, a date, a number, a person) becomes
    /// the claim to check; the rest is asked as the kind of question that claim answers.
    /// </summary>
    private static QuestionReading WithClaim(QuestionReading reading, List<Token> tokens, AnsweringModel model)
    {
        var claim = reading.Terms.FirstOrDefault(t => t.Role is TermRole.Number && t.Value is not null && t.Stem.Length != 4)
            ?? reading.Terms.FirstOrDefault(t => t.Role == TermRole.Name && Gazetteer.Default.Find(t.Word).Count > 0
                && System.Text.RegularExpressions.Regex.IsMatch(reading.Text, $@"\b(in|at|to|into|through|from|via|on)\s+(the\s+)?{System.Text.RegularExpressions.Regex.Escape(t.Word)}", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        if (claim is null && reading.People.Count > 1)
        {
            return reading;
        }

        var claimType = claim is null ? AnswerType.What
            : claim.Role == TermRole.Number ? AnswerType.Number
            : AnswerType.Place;
        var counted = claim?.Role == TermRole.Number ? CountedByClaim(tokens, claim, model) : [];
        return reading with { Claim = claim, ClaimType = claimType, ClaimCounted = counted };
    }

    /// <summary>
    /// "Did the crew win a medal in the 200 meters?" → meters; "were 12 women aboard?" → women: the analyzed words of the
    /// word right after the claimed number when it is a content word, else none.
    /// </summary>
    private static List<string> CountedByClaim(List<Token> tokens, QuestionTerm claim, AnsweringModel model)
    {
        var at = tokens.FindIndex(t => t.Text.Equals(claim.Word, StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= tokens.Count || !tokens[at + 1].IsWord)
        {
            return [];
        }

        var noun = tokens[at + 1].Text.ToLowerInvariant();
        return CommonWords.IsFunctionWord(noun) || QuestionWords.Asking.Contains(noun) ? [] : model.Snapshot.Analyzer.Terms(noun);
    }

    /// <summary>The words written in the possessive ("team" of "the team's time"), lower case, as the question's words spell them.</summary>
    internal static HashSet<string> Owners(List<Token> tokens) =>
        [.. tokens.Where((t, i) => t.IsWord && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive).Select(t => Plain(t.Text).ToLowerInvariant())];

    /// <summary>"what's" → "what", "Biegun's" → "Biegun".</summary>
    internal static string Plain(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '\u2019');
        return apostrophe > 0 ? word[..apostrophe] : word;
    }
}
