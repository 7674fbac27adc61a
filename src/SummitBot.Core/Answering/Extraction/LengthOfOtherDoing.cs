using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// A length of time said with "for" measures the doing it follows. "The mayor spoke for ten minutes after touring the
/// plant" says how long the mayor spoke, not how long the tour lasted; "the minister flew to Oslo for three days of
/// talks" says how long the stay in Oslo lasted, not how long the flight took.
/// </summary>
internal static class LengthOfOtherDoing
{
    /// <summary>How many words may stand between a verb of going, its "to" and the "for" of the stay ("flew to the port city of Dalian for").</summary>
    private const int PlaceReach = 8;

    /// <summary>
    /// Whether the length starting at token <paramref name="at"/> follows "VERB for" with a verb the question does not
    /// ask of, while the question's own verb stands elsewhere in the sentence ("spoke for ten minutes after touring").
    /// </summary>
    public static bool OfAnotherVerb(QuestionReading question, Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (at < 2 || tokens[at - 1].Text != "for" || !IsVerb(tokens[at - 2]) || AfterDeterminer(tokens, at - 2) || Asks(question, passage, at - 2))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var verbs = question.VerbTerms();
        return Enumerable.Range(0, tokens.Count).Any(i => i != at - 2 && IsVerb(tokens[i]) && !AfterDeterminer(tokens, i) && verbs.Any(t => t.IsIn(stems[i])));
    }

    /// <summary>
    /// "The concert ... ran for two hours": a word after "the", "a" or a possessive is a noun there, the subject the
    /// length is said of, though WordNet knows it as a verb too ("to concert"). So is one after "every" or "each":
    /// "sent fruit every winter for 12 years" tells how long the sending went on, not a wintering.
    /// </summary>
    private static bool AfterDeterminer(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "this" or "its" or "their" or "his" or "her" or "our" or "every" or "each" or "'s" or "’s";

    /// <summary>
    /// Whether the length starting at token <paramref name="at"/> is the stay after going somewhere ("flew to Oslo for
    /// three days"), where the going is what the question asks of ("how long did the flight take?").
    /// </summary>
    public static bool StayAfterGoing(QuestionReading question, Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (at < 3 || tokens[at - 1].Text != "for")
        {
            return false;
        }

        for (var to = at - 2; to > 0 && to >= at - PlaceReach; to--)
        {
            if (tokens[to].Text is "," or ";")
            {
                return false;
            }

            if (tokens[to].Text == "to")
            {
                var (from, until) = (tokens[to].End, tokens[at - 1].Start);
                var place = passage.Of(AnnotationKind.Place).Any(p => p.Start >= from && p.End <= until);
                return place && IsVerb(tokens[to - 1]) && Asks(question, passage, to - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "Lund, 52, spoke for ten minutes alongside Mayor Berg", asked "How long did Berg speak?": a length said of "VERB
    /// for" measures the doing of whoever is named just before the verb, and the question names another person. (A name
    /// later in the sentence, "alongside Mayor Berg", is only a companion of the doing, not its doer.)
    /// </summary>
    public static bool OfAnotherDoer(QuestionReading question, Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (question.People.Count == 0 || at < 3 || tokens[at - 1].Text != "for" || !IsVerb(tokens[at - 2]))
        {
            return false;
        }

        var doers = DoersBefore(passage, at - 2);
        return doers.Count > 0 && !doers.Any(doer => IsAsked(question, doer, passage.Text));
    }

    /// <summary>
    /// "How long did Lund speak?" and "Lund told the crowd that the two towns had traded for 300 years": a length inside
    /// what was said measures what the words tell of, not the talk; unless the words themselves tell of the talk ("said
    /// they spoke for an hour").
    /// </summary>
    public static bool InWhatWasSaid(QuestionReading question, Passage passage, int start, int end)
    {
        var talking = question.Terms.Where(t => t.Role == TermRole.Content && QuestionWords.Conversing.Contains(t.Word.ToLowerInvariant())).ToList();
        if (talking.Count == 0)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        bool TellsOfTalk(int from, int to) => Enumerable.Range(0, tokens.Count).Any(i => tokens[i].Start >= from && tokens[i].End <= to && talking.Any(t => t.IsIn(stems[i])));
        if (passage.Of(AnnotationKind.Quote).Any(said => said.Start <= start && said.End >= end && !TellsOfTalk(said.Start, said.End)))
        {
            return true;
        }

        // "telling the crowd that ...": reported speech the reading of quotes leaves out (its speaker is far back).
        var at = tokens.FindIndex(t => t.Start >= start);
        var that = at < 0 ? -1 : tokens.FindLastIndex(at, t => t.Is("that") || t.Text is "," or ";" or ":");
        return that > 0 && tokens[that].Is("that") && SaidBefore(tokens, that) && !TellsOfTalk(tokens[that].End, end);
    }

    /// <summary>
    /// How many tokens before its "that" a verb of saying may stand: past the audience told ("telling about 150 people
    /// gathered in the town's hall that"), as the reading of quotes reaches.
    /// </summary>
    private const int SayingReach = 12;

    /// <summary>Whether a verb of saying ("said", "told", "telling") stands shortly before the "that" at <paramref name="that"/>, in its clause.</summary>
    private static bool SaidBefore(List<Token> tokens, int that)
    {
        for (var i = that - 1; i >= 0 && i >= that - SayingReach && tokens[i].Text is not ("," or ";" or ":"); i--)
        {
            var word = tokens[i].Text;
            if (Language.Words.SpeechVerbs.IsSpeechVerb(word) || (word.EndsWith("ing", StringComparison.Ordinal) && Language.Words.SpeechVerbs.IsSpeechVerb(word[..^3])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The people named right before the verb at <paramref name="verb"/>, its subject: "Lund, 52, spoke", "Mayor Berg
    /// and Lund met". Any other word between ends the search (no doer is read then: "Lund, who arrived late, spoke").
    /// </summary>
    private static List<Annotation> DoersBefore(Passage passage, int verb)
    {
        var tokens = passage.Analysis.Tokens;
        var people = passage.Of(AnnotationKind.Person).ToList();
        var doers = new List<Annotation>();
        for (var i = verb - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (people.FirstOrDefault(p => p.Start <= token.Start && p.End >= token.End) is { End: > 0 } person)
            {
                if (!doers.Contains(person))
                {
                    doers.Add(person);
                }
            }
            else if (token.Kind != TokenKind.Number && token.Text is not ("," or "and"))
            {
                break;
            }
        }

        return doers;
    }

    /// <summary>Whether the doer is a person the question names: the same person of the catalog, or a name of theirs ("Berg" of "Anna Berg").</summary>
    private static bool IsAsked(QuestionReading question, Annotation doer, string text)
    {
        var key = ArticlePerson.KeyOf(doer.Value);
        var words = doer.TextIn(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return question.People.Any(p => p.Candidates.Any(c => c.Key == key)
            || words.Any(w => p.Words.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>Whether a question word names the sentence's word at <paramref name="i"/> (by itself, a form or a related word).</summary>
    private static bool Asks(QuestionReading question, Passage passage, int i) =>
        question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(passage.Analysis.TokenStems[i]))
        || question.LowerWords.Contains(passage.Analysis.Tokens[i].Text.ToLowerInvariant());

    /// <summary>A lower-case word WordNet knows as a verb, not a function word ("spoke", "watching", "flew").</summary>
    private static bool IsVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && !Language.Words.CommonWords.IsFunctionWord(token.Text) && Language.Relations.WordRelations.Default.IsVerb(token.Text.ToLowerInvariant());
}
