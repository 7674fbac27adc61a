using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Quantities;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When was the bridge closed?" and "The city opened the bridge in May 1972, and thousands crossed it daily until it
/// was closed in June 2015": a date after its verb ("opened ... in May 1972", "was closed in June 2015") is that verb's
/// time. When another date of the same sentence hangs on the verb the question asks of, a date that hangs on a verb
/// the question does not ask of tells another deed, however near the question's names stand to it. A sentence with
/// no date of the asked verb is left alone: its date may well be told with another verb ("arrived on Monday").
/// </summary>
internal static class DateOfOtherVerb
{
    /// <summary>How much of its fit a date keeps that is the time of a verb not asked, beside a date of the verb asked.</summary>
    private const double OtherVerb = 0.5;

    /// <summary>How many tokens back from a date its verb may stand ("opened tours to the old mountain resort in").</summary>
    private const int Reach = 10;

    /// <summary>How many tokens before its verb a subject noun may stand ("the old tours were halted").</summary>
    private const int SubjectReach = 4;

    /// <summary>Words that open another clause: a verb before one of them is not the date's.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "before", "after", "while", "when", "until", "since", "because", "as", "that", "which", "who", "where", "whose",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0 || VerbOf(tokens, at) is not { } verb || Asks(question, passage, verb) || OpensWhenClause(passage, candidate))
        {
            return 1.0;
        }

        foreach (var rival in passage.Of(AnnotationKind.Date))
        {
            if (rival.End <= candidate.Start || rival.Start >= candidate.End)
            {
                var other = tokens.FindIndex(t => t.Start >= rival.Start);
                if (other >= 0 && VerbOf(tokens, other) is { } rivalVerb && Asks(question, passage, rivalVerb))
                {
                    return OtherVerb;
                }
            }
        }

        return 1.0;
    }

    /// <summary>
    /// "before the service was suspended in June 2015", asked "when was the service on the Merrow funicular suspended?":
    /// the date hangs on the asked verb, and the words just before that verb hold the question's own subject noun
    /// ("service"). The date is that deed's, though the question's name stands in another clause (<see cref="NamesInClause"/>).
    /// A subject the question does not give ("the Kestrel sank on Friday", asked of the Osprey) is no such deed.
    /// </summary>
    public static bool OfAskedDeed(QuestionReading question, Retrieval.Passage passage, AnswerCandidate candidate)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0 || VerbOf(tokens, at) is not { } verb || !Asks(question, passage, verb))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var nouns = question.Terms.Where(t => t.Role == TermRole.Content && !t.IsIn(stems[verb])).ToList();
        for (var i = verb - 1; i >= 0 && i >= verb - SubjectReach; i--)
        {
            if (!tokens[i].IsWord || ClauseOpeners.Contains(tokens[i].Text))
            {
                return false;
            }

            if (!tokens[i].IsCapitalized && nouns.Any(t => t.IsIn(stems[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "made a fourth visit in January, when he celebrated his birthday there": a "when" right after the date opens a
    /// clause of what happened at that time, which may be the deed asked.
    /// </summary>
    private static bool OpensWhenClause(Retrieval.Passage passage, AnswerCandidate candidate)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= candidate.End);
        if (next >= 0 && tokens[next].Text == ",")
        {
            next++;
        }

        return next >= 0 && next < tokens.Count && tokens[next].Is("when");
    }

    /// <summary>
    /// The verb a date at token <paramref name="at"/> hangs on: the nearest verb form before it in its own clause
    /// ("opened tours to the resort in"), or null when a clause opens first or none stands near.
    /// </summary>
    private static int? VerbOf(List<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - Reach; i--)
        {
            var token = tokens[i];
            if (!token.IsWord || ClauseOpeners.Contains(token.Text))
            {
                if (token.Kind == TokenKind.Possessive)
                {
                    continue;
                }

                return null;
            }

            // "a second meeting", "the opening": a form after a determiner or an ordinal is a noun there.
            if (!CommonWords.IsFunctionWord(token.Text) && VerbForms.IsVerbHere(token.Text) && !AfterDeterminer(tokens, i))
            {
                return i;
            }
        }

        return null;
    }

    private static bool AfterDeterminer(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "first" or "second" or "third" or "fourth" or "last" or "'s" or "’s";

    /// <summary>Whether a question word names the sentence's verb at <paramref name="i"/> (by itself, a form or a related word).</summary>
    private static bool Asks(QuestionReading question, Retrieval.Passage passage, int i) =>
        question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(passage.Analysis.TokenStems[i]))
        || question.LowerWords.Contains(passage.Analysis.Tokens[i].Text.ToLowerInvariant());
}
