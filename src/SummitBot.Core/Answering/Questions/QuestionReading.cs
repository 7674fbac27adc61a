using SummitBot.Language.Time;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>
/// What the question stage made of one question: the text as read (follow-ups spelt out), the kind of answer and the
/// grain of place asked for, the words a passage must have, the people it names, what a count counts, a time it
/// names, and whether it is negated or in the future.
/// </summary>
internal sealed record QuestionReading(string Text, AnswerType Type, IReadOnlyList<QuestionTerm> Terms)
{
    public PlaceKind? PlaceKind { get; init; }

    /// <summary>"What is the state department's budget?": the owner of the amount or count asked (lower-case words, see <see cref="MeasureOwner"/>), or none.</summary>
    public IReadOnlyList<string> Owner { get; init; } = [];

    public IReadOnlyList<NamedPerson> People { get; init; } = [];

    /// <summary>"Who is the US envoy?": the role whose holder is the answer (analyzed words).</summary>
    public IReadOnlyList<string> AskedRole { get; init; } = [];

    /// <summary>"Who leads the party?", "who heads the lab?": the role asked is the head of what is named, which the answer's office must say.</summary>
    public bool AsksHead { get; init; }

    /// <summary>"Who was the official who told Pompeo ...?": the head of the role the one asked for held while doing it (lower case), or null.</summary>
    public string? DoerRole { get; init; }

    /// <summary>
    /// "Which countries voted against?", "which country hosted the talks?": the place asked is the doer of the verb right
    /// after its noun, so a place right before that verb in a sentence is the answer, not a doer apart from it.
    /// </summary>
    public bool AsksDoerPlace { get; init; }

    /// <summary>"Which islands ...?", "between which cities ...?": the question asks for more than one place.</summary>
    public bool AsksSeveralPlaces { get; init; }

    /// <summary>"Where is Sinuiju?": the place (lower case) whose own location is asked, or null.</summary>
    public string? LocationAsked { get; init; }

    /// <summary>"Where was their restaurant?": the thing (its noun's term) whose own place is asked, or null.</summary>
    public QuestionTerm? ThingLocated { get; init; }

    /// <summary>
    /// "Where did Moon speak in Pyongyang?": the grain of the town or country the asked place lies in (a capital, a
    /// country), so the answer is a place inside it, finer than it; null when the question names none.
    /// </summary>
    public PlaceKind? Within { get; init; }

    /// <summary>"the seized ship": the question's participles that describe a noun rather than say the deed asked (lower case, see <see cref="Describing"/>).</summary>
    public IReadOnlySet<string> DescribingParticiples { get; init; } = new HashSet<string>();

    /// <summary>
    /// "How much did the survey cost?": the words of what the question asks the cost of (the survey), read once with the
    /// question (<see cref="AskedCost"/>); null when it asks no cost.
    /// </summary>
    public IReadOnlyList<string>? CostAsked { get; init; }

    /// <summary>
    /// "How much was the painting worth?": the words of what the question asks the worth of, read once with the
    /// question (<see cref="AskedWorth"/>); null when it asks no worth.
    /// </summary>
    public IReadOnlyList<string>? WorthAsked { get; init; }

    /// <summary>Every word of the question in lower case, light verbs too ("taken" in "when were the images taken?"), read once.</summary>
    public IReadOnlySet<string> LowerWords { get; init; } = new HashSet<string>();

    /// <summary>The question's lower-case words right after an article or a possessive ("bill" of "was the bill paid?"): nouns there.</summary>
    public IReadOnlySet<string> AfterArticle { get; init; } = new HashSet<string>();

    /// <summary>The words of the question's clauses of time, each with its opening word ("left" → "before"; <see cref="Questions.TimeClauses"/>).</summary>
    public IReadOnlyDictionary<string, string> TimeClauses { get; init; } = new Dictionary<string, string>();

    /// <summary>"Who led North Korea's side ...?", "who headed the Japanese delegation?": the countries whose side the person asked leads, and so belongs to; empty when none.</summary>
    public IReadOnlySet<string> SideOf { get; init; } = new HashSet<string>();

    /// <summary>"Who led North Korea's negotiating team?": a noun the question gives an owner country, or null (see <see cref="Questions.OwnedNoun"/>).</summary>
    public OwnedNoun? OwnedNoun { get; init; }

    /// <summary>"Who sat beside Kim Jung-sook?": the preposition of being together before a person the question names, or null.</summary>
    public string? CompanionPreposition { get; init; }

    /// <summary>
    /// The question's content words that may be verbs (<see cref="MayBeVerbs"/>): the deed asked, as terms. Worked out
    /// from <see cref="Terms"/> on each call, not kept: a reading copied with other terms (a claim taken out, terms
    /// reweighed for a scope) has other verb terms.
    /// </summary>
    public List<QuestionTerm> VerbTerms() => [.. Terms.Where(t => t.Role == TermRole.Content && MayBeVerbs.Contains(t.Word.ToLowerInvariant()))];

    /// <summary>"Who won the women's race?": owners that are common nouns, with what they own (see <see cref="Questions.OwnedKind"/>).</summary>
    public IReadOnlyList<OwnedKind> OwnedKinds { get; init; } = [];

    /// <summary>"Which news agency ...?": the question's words (lower case) naming the kind of organisation asked for, the noun last.</summary>
    public IReadOnlyList<string> OrganizationAsked { get; init; } = [];

    /// <summary>"How many missile tests": the analyzed words of what is counted.</summary>
    public IReadOnlyList<string> Counted { get; init; } = [];

    /// <summary>"How many of the passengers were Dutch?": the analyzed words saying which part of the whole is counted (<see cref="Questions.PartAsked"/>).</summary>
    public IReadOnlyList<string> PartAsked { get; init; } = [];

    /// <summary>"How many from the south?": the group named after what is counted, whose own count is asked, or null.</summary>
    public CountGroup? Group { get; init; }

    /// <summary>
    /// "How many North Korean athletes ...?": for each name or capitalized word before the noun counted (one whose
    /// analysis has the first word of <see cref="Counted"/> but not its noun), the analyzed words of it, one of which a
    /// sentence that counts must have ("from the North" has one): "About 2,900 athletes will compete" counts athletes
    /// of every country. Asked how much, the nationality before a noun ("each Chinese tourist"), one of whose words a
    /// sentence giving the amount must have.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> CountQualifiers { get; init; } = [];

    /// <summary>"What line ...", "which nuclear complex ...": the analyzed noun naming the kind of thing asked for.</summary>
    public string? Category { get; init; }

    /// <summary>
    /// "How many people can the stadium hold?", "what is the arena's capacity?": how many a place has room for, which
    /// a count of its seats says ("a 40,000-seat stadium"); what the question counts (people) is then the answer's
    /// kind, not a word the sentence must have.
    /// </summary>
    public bool AsksCapacity { get; init; }

    /// <summary>"How large is the community?": the size of a body of people, a count of its people (<see cref="GroupSizeAsked"/>).</summary>
    public bool AsksGroupSize { get; init; }

    /// <summary>
    /// The question's content and event words (lower case) that may be verbs by WordNet ("work" is a noun as well): a
    /// sentence's word before a preposition and a place that matches one is the asked verb. Of every such term as read,
    /// so a reading with fewer terms (the claim of a yes/no question set aside) still finds its own among them; each use
    /// picks the roles it wants.
    /// </summary>
    public IReadOnlySet<string> MayBeVerbs { get; init; } = new HashSet<string>();

    /// <summary>"When did the shop open?": the bare verb after the auxiliary, the deed asked (lower case), or null; see <see cref="DoSupportedVerb"/>.</summary>
    public string? DeedAfterAuxiliary { get; init; }

    /// <summary>"When did Iwaya say Tokyo would keep pressing ...?": the question itself speaks of a plan ("would", "plans to").</summary>
    public bool NamesPlan { get; init; }

    /// <summary>
    /// For yes/no questions: the words of the terms that are superlatives ("biggest", "strongest"), as written, whose
    /// noun after them a sentence must qualify with them (see Ranking's SuperlativeApart).
    /// </summary>
    public IReadOnlySet<string> Superlatives { get; init; } = new HashSet<string>();

    /// <summary>
    /// The countries the question names by name, capital or demonym, in any case (compared ignoring case): an office
    /// that names another ("China's ambassador") is not the one asked about.
    /// </summary>
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>"How many km ...", "how many barrels ...": the unit the question asks an amount in, or null.</summary>
    public string? AmountUnit { get; init; }

    /// <summary>"How much did they spend, in dollars?": the code of the currency the sum is asked in ("USD"), or null.</summary>
    public string? CurrencyAsked { get; init; }

    /// <summary>"Within how many months ...?": the unit of time asked (singular, "month"), or null.</summary>
    public string? TimeUnitAsked { get; init; }

    /// <summary>"What was the yield ...?", "what price ...?": the measure a "what" question names as its head, or null.</summary>
    public Language.Words.Dimension? Measure { get; init; }

    /// <summary>"in 2017", "in March 2018": the time the question names.</summary>
    public CalendarDate? Time { get; init; }

    /// <summary>"June", "2018" of "in June 2018": the words (lower case) that name <see cref="Time"/> and stay words to match.</summary>
    public IReadOnlySet<string> TimeWords { get; init; } = new HashSet<string>();

    /// <summary>The question's own words for <see cref="Time"/> ("next week", "in June 2018"), as written.</summary>
    public string? TimeSaid { get; init; }

    /// <summary>"Which ... did not ...": the sources state what is, not what is not.</summary>
    public bool Negated { get; init; }

    /// <summary>"Besides the remains, what else ...?": the analyzed words of what the question sets aside, which an answer may not be (see <see cref="Exclusion"/>).</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>true: asks about the future ("will"); false: the past ("did"); null: can't tell.</summary>
    public bool? Future { get; init; }

    /// <summary>The question says the kind outright ("where", "how many"), rather than only "what".</summary>
    public bool Outright { get; init; }

    /// <summary>For yes/no questions: the term the question claims ("in Singapore"), whose kind of answer is checked.</summary>
    public QuestionTerm? Claim { get; init; }

    /// <summary>For yes/no questions: the kind of answer the claim is (a place, a date, ...).</summary>
    public AnswerType ClaimType { get; init; } = AnswerType.What;

    /// <summary>
    /// For yes/no questions claiming a number: the analyzed words of the noun it counts or measures ("women" of "were
    /// there 12 women?", "meters" of "in the 200 meters"); empty when none follows it. Only a count or measure of that
    /// noun can contradict the claim.
    /// </summary>
    public IReadOnlyList<string> ClaimCounted { get; init; } = [];

    public IEnumerable<QuestionTerm> Strict => Terms.Where(t => t.IsStrict);

    /// <summary>
    /// The part of an archive the question is about, where its words were weighed and its sentences are searched;
    /// null when the knowledge is its own scope (see <see cref="Retrieval.Scoping"/>).
    /// </summary>
    public Search.SearchScope? Scope { get; init; }

    /// <summary>
    /// "What is the name of ...?", "what are the names of ...?", "what is it called?": a name is asked. A clause that does
    /// not open with one ("12 stand within a kilometre of ...") or a whole sentence does not give it: the sentence is
    /// about the thing but does not name it. ("Did Pompeo name a city?" too: a yes needs the name.)
    /// </summary>
    public bool AsksName { get; init; }

    /// <summary>"What is the play known as?", "what was the ship named?": the name a sentence gives after a naming word is asked (see <see cref="WhatCalled"/>).</summary>
    public bool AsksWhatCalled { get; init; }

    /// <summary>"What did Tillerson call the launch?": the words someone gave a thing after "called it" are asked (see <see cref="WhatCalled.AsksLabel"/>).</summary>
    public bool AsksLabel { get; init; }

    /// <summary>"What's the name of the villa ...?": the noun "name" is asked outright, so only a proper name answers, never a description (see <see cref="WhatCalled"/>).</summary>
    public bool AsksNameOf { get; init; }

    /// <summary>"What is the name of the ballet Kim watched?": the name is asked of a thing called by a common noun, not of a person (see <see cref="WhatCalled.OfThing"/>).</summary>
    public bool AsksNameOfThing { get; init; }

    /// <summary>"What did the crew hit the guards with?": the preposition the question ends on, whose object is asked (see <see cref="EndingPreposition"/>), or null.</summary>
    public string? StrandedPreposition { get; init; }

    /// <summary>"What did the coast guard say the crew hit the guards with?": the words, lower case, of who says the clause whose stranded preposition is asked ("the coast guard"); empty otherwise.</summary>
    public IReadOnlySet<string> StrandedSpeaker { get; init; } = new HashSet<string>();

    /// <summary>"What did Moon tell Trump?": the word, lower case, of the one told (see <see cref="Questions.Addressee"/>), or null.</summary>
    public string? Addressee { get; init; }

    /// <summary>"What is the Friendship Tower?": what the named thing is, as the text describes it beside its name (see <see cref="ThingDefined"/>).</summary>
    public bool AsksDefinition { get; init; }

    /// <summary>"Who are the four men ...?": who a number of people are; the answer names them all, not one of them.</summary>
    public bool AsksGroup { get; init; }

    /// <summary>"Within how many weeks ...?", "how soon ...?", "how long until ...?": the time until something is asked, not how long it lasts.</summary>
    public bool AsksTimeUntil { get; init; }

    /// <summary>"How long had it been since ...?": the question asks the time since something last happened (a gap), not how long it lasted.</summary>
    public bool AsksTimeSince { get; init; }

    /// <summary>"How much did they try to take?": the question asks what was attempted ("try to", "attempt to", "seek to"), which may be more than what was done.</summary>
    public bool AsksAttempt { get; init; }

    /// <summary>
    /// "How long is China's border?", "how long is the DMZ?": "how long" asked of a thing rather than of an event, so a
    /// length ("1,400 kilometres") may answer as well as a length of time (see <see cref="QuestionType.AsksLengthOfThing"/>).
    /// </summary>
    public bool AsksLength { get; init; }

    /// <summary>
    /// "How far behind the leaders did she finish?", "how far ahead were the clocks set?": a margin is asked, a length of
    /// time or a distance told as a gap ("0.5 seconds ahead of", "half an hour behind", "forward by 30 minutes"), not a
    /// measure of the thing itself ("the 500-metre race") nor how long something lasted (<see cref="Language.Words.MarginWords"/>).
    /// </summary>
    public bool AsksMargin { get; init; }

    /// <summary>
    /// "What year ...?", "in which year ...?": the year is asked, so a date is said as its year, and a date whose year
    /// cannot be told ("on Tuesday" in a source with no date) does not answer.
    /// </summary>
    public bool AsksYear { get; init; }

    /// <summary>
    /// "What date ...?", "on which day ...?": a day is asked, so a time told only by its week, month, season or year
    /// ("next month", "in 2019") does not answer it: it says when, but not the date asked.
    /// </summary>
    public bool AsksDay { get; init; }

    /// <summary>"Where did Pompeo go after Pyongyang?", "where did he fly?": the place gone to is asked, said after "to".</summary>
    public bool AsksWhereTo { get; init; }

    /// <summary>"Where were the missiles launched from?", "which base did it take off from?": the place set off from is asked, said after "from".</summary>
    public bool AsksWhereFrom { get; init; }

    /// <summary>
    /// "Where did the old ferry come from?": only the origin is asked, by "come from", whose verb the question's words
    /// frame away; the text then says it by "from" alone ("bought from Riga"), and a place after "in" or "at" is only
    /// where the thing is or was.
    /// </summary>
    public bool AsksOriginOnly { get; init; }

    /// <summary>
    /// "Where was Putin going after the Vladivostok summit?": the events the question's time is told by ("after",
    /// "before" or "following" them), which are not what it asks about.
    /// </summary>
    public IReadOnlyList<QuestionTerm> ReferenceEvents { get; init; } = [];

    /// <summary>
    /// "What happened to the planned lunch?": what the thing underwent is asked, which the sentence tells in a verb right
    /// after it ("the lunch was cancelled"), not in whatever follows the word ("to have lunch together and sign ...").
    /// </summary>
    public bool AsksWhatBefell { get; init; }

    /// <summary>
    /// "What did the two firms use to hide ...?": "what" and an auxiliary open the question, so what is asked is the
    /// object of its verb ("used false documents to hide ..."), not the subject or a place.
    /// </summary>
    public bool AsksObject { get; init; }

    /// <summary>
    /// "Who did the ministry charge?", "whom will the envoy meet?": "who" and an auxiliary open the question, so the one
    /// asked is the object of its verb, not a name the sentence gives after that object.
    /// </summary>
    public bool AsksWhom { get; init; }

    /// <summary>"What did Putin give Kim?": an object asked of a verb of giving, the thing the receiver was given.</summary>
    public bool AsksGiven { get; init; }

    /// <summary>"What was the score against Japan?", "what was the final score?": a match's score ("3-0") is asked.</summary>
    public bool AsksScore { get; init; }

    /// <summary>
    /// "Who was the other official at the table?": the thing of which one is known and the other is asked ("official"),
    /// or null.
    /// </summary>
    public QuestionTerm? OtherOf { get; init; }

    /// <summary>"Where did the tour begin?", "where did his journey end?": the end of a route asked for; null for any other place.</summary>
    public RouteEnd? Route { get; init; }

    /// <summary>The words ask something (a question word, an auxiliary first, a request, a question mark): "talks OR (envoy" does not.</summary>
    public bool AsksSomething { get; init; } = true;

    /// <summary>
    /// A follow-up that names nothing of its own is about what the last answer's article told: only that source's
    /// sentences may answer it (see <see cref="FollowUps.Anchor"/>); null for a question of its own.
    /// </summary>
    public string? Anchor { get; init; }

    /// <summary>
    /// The sentence the last answer cited, for a follow-up held to its article that points back with a demonstrative
    /// ("those exports", "that trip"): "What did the law ban?" then "How much did
    /// those exports earn?" asks about the exports that sentence told of, so when two sentences of the article answer
    /// as surely, that one settles it (see <see cref="Ranking.DeclinePolicy"/>).
    /// </summary>
    public string? Recalled { get; init; }
}
