using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'the play "Chunhyang," known in Britain as the Spring Fragrance': a naming word ("known as", "called", "named",
/// "dubbed") gives a thing a name, maybe only somewhere ("in Britain"). The name after it answers "what is the play
/// called (in Britain)?"; the place inside the phrase is where the name is used, not where anything happened.
/// </summary>
internal static partial class NamingPhrase
{
    /// <summary>How much of its fit a name keeps that is used somewhere the question does not name ("known in Japan as" for a question of Britain).</summary>
    private const double OtherScope = 0.3;

    /// <summary>The name that follows a naming word: optionally where it is used, "as", an article or a quote mark, then capitalised words.</summary>
    [GeneratedRegex(@"\b(?:(?<known>known)|(?<active>calls)|called|named|dubbed|nicknamed|titled|entitled|renamed)\s+(?:(?:in|across|throughout)\s+(?:the\s+)?(?<scope>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s*,?\s+)?(?<as>as\s+)?(?:(?:the|a|an)\s+)?[""\u201C]?(?<name>[A-Z][\w'-]*(?:\s+(?:(?:of|and|the|for|on)\s+)*[A-Z0-9][\w'-]*)*)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Naming();

    /// <summary>The naming words and the opening of where the name is used, up to a place that starts right after it ("known in the ").</summary>
    [GeneratedRegex(@"\b(?:known|called|named|dubbed|nicknamed)\s+(?:in|across|throughout)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ScopeOpening();

    /// <summary>The names the passage gives things after a naming word, each a candidate for "what is ... called?".</summary>
    public static IEnumerable<AnswerCandidate> Names(QuestionReading question, Passage passage)
    {
        foreach (Match match in Naming().Matches(passage.Text))
        {
            // "known" names only with "as" ("known as", "known in Japan as"); "known in Seoul" says who knows.
            if (match.Groups["known"].Success && !match.Groups["as"].Success)
            {
                continue;
            }

            var name = match.Groups["name"];
            if (Spans.RepeatsQuestion(name.Value, question, passage.Analyze))
            {
                continue;
            }

            var scope = match.Groups["scope"];
            var fit = (scope.Success && !passage.Analyze(scope.Value).Any(s => question.Terms.Any(t => t.Stem == s))) || OtherNamer(question, passage, match) ? OtherScope : 1.0;
            yield return new AnswerCandidate(passage, AnswerType.What, name.Value, name.Index, name.Index + name.Length, fit) { Note = "the name given after a naming word" };
        }
    }

    /// <summary>
    /// "which Seoul identified as a KN-11 and Pyongyang calls the Pukguksong-1": the present "calls" gives the name its
    /// subject uses, right before it. Asked what Pyongyang calls it, another's name ("South Korean intelligence calls
    /// the Sinpo class") is not the one asked.
    /// </summary>
    private static bool OtherNamer(QuestionReading question, Passage passage, Match match)
    {
        if (!match.Groups["active"].Success)
        {
            return false;
        }

        var before = passage.Text[..match.Index].TrimEnd();
        var space = before.LastIndexOf(' ');
        var subject = before[(space + 1)..];
        return !passage.Analyze(subject).Any(s => question.Terms.Any(t => t.Stem == s || t.Related.Contains(s)));
    }

    /// <summary>What follows the place of a naming phrase: "as", or the name itself (a quote mark or a capitalised word, with no comma between).</summary>
    [GeneratedRegex(@"^(?:\s*,?\s*as\b|\s*[""\u201C]|\s+(?:the\s+)?[A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NameFollows();

    /// <summary>
    /// Whether the place from <paramref name="start"/> to <paramref name="end"/> only says where a thing goes by a name
    /// ("known in the West as"): a naming word and "in" before it, "as" or the name after it. "A meeting called in
    /// Hanoi on Friday" is where the meeting was called, and stays a place.
    /// </summary>
    public static bool IsScope(string text, int start, int end) =>
        ScopeOpening().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(start, 40)).ToString()) && NameFollows().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 40)).ToString());
}
