using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How much did the survey cost?" and "... and widening the old roads could cost as much as $40 million": a sum a
/// sentence says something costs is that thing's price, and the thing is the verb's own subject. When the subject is
/// named in words of its own (not "it" or "this") and is not what the question asks the cost of, the sum answers
/// nothing asked. "How much does it cost to run the plant?" asks the cost of running it: "the plant, which costs $1
/// billion" is what the plant costs (unless the verb asked is one of getting the thing: "to build the plant").
/// </summary>
internal static class CostOfOtherThing
{
    /// <summary>How much of its fit a sum keeps that the sentence gives as the cost of another thing.</summary>
    public const double Weight = 0.3;

    /// <summary>The most tokens read back from "cost" for its subject.</summary>
    private const int SubjectTokens = 8;

    /// <summary>The most tokens of an aside read past between a subject and its "cost" ("..., including ..., cost").</summary>
    private const int AsideTokens = 16;

    private static readonly HashSet<string> CostVerbs = new(StringComparer.OrdinalIgnoreCase) { "cost", "costs", "costing" };

    /// <summary>Words that may stand between "cost" and its sum ("could cost as much as", "costs about", "or about").</summary>
    internal static readonly HashSet<string> BeforeSum = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "some", "nearly", "almost", "as", "much", "up", "to", "more", "than", "less", "an", "estimated",
        "over", "at", "least", "just", "under", "only", "or", "approximately", "perhaps", "well",
    };

    /// <summary>
    /// Words that end a subject read backwards: clause breaks. Not prepositions ("the plant at Ulleung"): a subject read
    /// too far only says more, and so takes the sum away from fewer questions.
    /// </summary>
    private static bool EndsSubject(Token token) =>
        !token.IsWord && token.Kind != TokenKind.Possessive
        || token.Text.ToLowerInvariant() is "and" or "but" or "or" or "while" or "that" or "which" or "who" or "whereas" or "because";

    /// <summary>A determiner or possessive before "cost" makes it the noun ("the cost", "its cost", "a total cost").</summary>
    private static bool IsNounCost(Token before) =>
        before.Kind == TokenKind.Possessive
        || before.Text.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "total" or "estimated" or "final" or "overall";

    public static double Fit(QuestionReading question, Passage passage, Annotation quantity)
    {
        if (question.CostAsked is not { } asked || SubjectOfCost(passage, quantity) is not { } subject)
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        foreach (var word in asked)
        {
            var term = Term(question, word);
            var forms = passage.Analyze(word);
            var own = subject.Where(k => forms.Any(stems[k].Contains)).ToList();
            if (own.Count > 0 && own.All(k => ModifiesNextNoun(passage, subject, k, asked)))
            {
                // "the rocket defence system": the asked word itself only modifies the noun priced, so a related word of
                // it that the noun is ("system" of "rocket") names no rocket either.
                continue;
            }

            if (subject.Any(k => ((term is not null && term.IsIn(stems[k])) || forms.Any(stems[k].Contains)) && !ModifiesNextNoun(passage, subject, k, asked)))
            {
                return 1.0;
            }
        }

        return Weight;
    }

    /// <summary>
    /// "How much did the rocket cost?" and "the rocket launch pad, which costs ...": a word of the subject that stands
    /// right before another noun of it only says which kind of that noun is priced; the thing priced is the noun it
    /// modifies, unless the question asks that noun too ("how much did the rocket launch pad cost?").
    /// </summary>
    private static bool ModifiesNextNoun(Passage passage, List<int> subject, int at, IReadOnlyList<string> asked)
    {
        var tokens = passage.Analysis.Tokens;
        if (at + 1 >= tokens.Count || !subject.Contains(at + 1))
        {
            return false;
        }

        var next = tokens[at + 1];
        var lower = next.Text.ToLowerInvariant();
        return next.IsWord && !CommonWords.IsFunctionWord(lower) && IsNoun(lower)
            && !asked.Any(word => passage.Analyze(word).Any(passage.Analysis.TokenStems[at + 1].Contains));
    }

    /// <summary>A noun itself or a plural of one ("repairs"); not a verb's past form whose stem is a noun ("tested").</summary>
    private static bool IsNoun(string lower) =>
        WordRelations.Default.IsNoun(lower) || (lower.EndsWith('s') && WordRelations.Default.IsNounForm(lower));

    /// <summary>The question's term for a word, for its related words ("studies" for "survey").</summary>
    private static QuestionTerm? Term(QuestionReading question, string word) =>
        question.Terms.FirstOrDefault(t => t.Word.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The comma that opens an aside closed by the comma at <paramref name="closing"/>, read back at most
    /// <see cref="AsideTokens"/> tokens and not past a stronger break (a semicolon, a dash, a bracket); -1 when there is none
    /// (then the comma ends the subject as before).
    /// </summary>
    private static int OpeningComma(List<Token> tokens, int closing)
    {
        for (var k = closing - 1; k >= 1 && closing - k <= AsideTokens; k--)
        {
            if (tokens[k].Text == ",")
            {
                return k;
            }

            if (tokens[k].Text is ";" or ":" or "(" or ")" or "\u2014" or "\u2013")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where to read the subject of a "cost" joined by the "and" at <paramref name="and"/> to an earlier verb: at the
    /// relative pronoun that verb follows ("trips that last five days and cost"), else just before the "and" (the words
    /// read back then hold the subject with the earlier verb: "The trips last five days and cost").
    /// </summary>
    private static int SharedSubjectEnd(List<Token> tokens, int and)
    {
        for (var j = and - 1; j >= 1 && and - j <= SubjectTokens + 4; j--)
        {
            if (!tokens[j].IsWord && tokens[j].Kind != TokenKind.Number)
            {
                break;
            }

            if (tokens[j].Text.ToLowerInvariant() is "which" or "that")
            {
                return j;
            }
        }

        return and - 1;
    }

    /// <summary>
    /// "the new stadium in Lyon, France, a 60,000-seat arena that cost ...": a subject that opens with "a" or "an" right
    /// after a comma is an appositive, another name for the phrase before it, which is priced too. That phrase's tokens
    /// (read back past the commas of a place and its country, at most <see cref="SubjectTokens"/> words), or none.
    /// </summary>
    private static IEnumerable<int> Renamed(List<Token> tokens, int stop)
    {
        // The subject read back may have stopped inside the appositive, at the hyphen of "a 49-metre statue".
        var comma = stop;
        while (comma >= 0 && stop - comma <= SubjectTokens && (tokens[comma].IsWord || tokens[comma].Kind == TokenKind.Number || tokens[comma].Text == "-"))
        {
            comma--;
        }

        if (comma < 1 || comma + 1 >= tokens.Count || tokens[comma].Text != "," || tokens[comma + 1].Text.ToLowerInvariant() is not ("a" or "an"))
        {
            yield break;
        }

        var words = 0;
        for (var k = comma - 1; k >= 0 && words < SubjectTokens && (tokens[k].Text == "," || !EndsSubject(tokens[k])); k--)
        {
            if (tokens[k].IsWord)
            {
                words++;
                yield return k;
            }
        }
    }

    /// <summary>
    /// The token indices of the subject of "cost" just before the sum ("widening the old roads could cost as much as
    /// ..."; "the plant, which costs about ..." reads back past "which" to "the plant"); null when the sum follows no
    /// "cost" or its subject is a pronoun or not found.
    /// </summary>
    private static List<int>? SubjectOfCost(Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var sums = passage.Of(AnnotationKind.Quantity);
        var k = tokens.FindIndex(t => t.Start >= quantity.Start) - 1;
        while (k >= 0 && !CostVerbs.Contains(tokens[k].Text))
        {
            var token = tokens[k];
            if (!(BeforeSum.Contains(token.Text) || token.Text is "," or "(" || sums.Any(s => s.Start <= token.Start && token.End <= s.End)))
            {
                return null;
            }

            k--;
        }

        if (k >= 1 && IsNounCost(tokens[k - 1]))
        {
            // "He estimated the cost at about $300 million": "cost" is a noun here, with no subject; what it is the cost
            // of is what the sentence goes on about, not the words before it.
            return null;
        }

        k--;
        while (k >= 0 && tokens[k].IsWord && AskedCost.BeforeVerb.Contains(tokens[k].Text))
        {
            k--;
        }

        var opening = new List<int>();
        if (k >= 1 && tokens[k].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            // "trips from Beijing that last five days and cost about $1,500": "cost" shares the subject of the verb it is
            // joined to, read before that verb's own relative pronoun when it has one.
            var and = k;
            k = SharedSubjectEnd(tokens, and);
            if (k == and - 1)
            {
                opening = ClauseOpening(tokens, and);
            }
        }

        if (k >= 1 && tokens[k].Text.ToLowerInvariant() is "which" or "that")
        {
            k -= tokens[k - 1].Text == "," ? 2 : 1;
        }

        // "hosting the delegations, including a troupe and 230 cheerleaders, cost about ...": an aside set off by commas
        // stands between the subject and its verb; the subject is read before the aside's opening comma.
        if (k >= 1 && tokens[k].Text == "," && OpeningComma(tokens, k) is >= 0 and var comma)
        {
            k = comma - 1;
        }

        var subject = new List<int>(opening);
        for (; k >= 0 && subject.Count < SubjectTokens && !EndsSubject(tokens[k]); k--)
        {
            subject.Add(k);
        }

        subject.AddRange(Renamed(tokens, k));
        var content = subject.Distinct().Where(i => tokens[i].IsWord && !CommonWords.IsFunctionWord(tokens[i].Text)).ToList();
        return content.Count == 0 ? null : content;
    }

    /// <summary>
    /// "The trip was booked through a large travel firm in the capital and cost ...": a "cost" joined by "and" to an
    /// earlier verb shares that verb's subject, which opens the clause; when the earlier verb's own words run long (a
    /// passive's "by" phrase), the words just before "and" are no longer the subject. The clause's first words are read
    /// too (up to <see cref="SubjectTokens"/>), so a subject read whole only says more.
    /// </summary>
    private static List<int> ClauseOpening(List<Token> tokens, int and)
    {
        var start = and - 1;
        while (start >= 1 && !EndsSubject(tokens[start - 1]))
        {
            start--;
        }

        return Enumerable.Range(start, Math.Min(SubjectTokens, and - start)).ToList();
    }
}
