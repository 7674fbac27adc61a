using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'called it "a new escalation of the threat"', 'called the defectors "human scum" and "mongrel dogs"': the quoted
/// words someone gave a thing, which answer "what did X call the launch?". The thing called must be a pronoun or
/// have a word of the question, so that words given to something else are not taken for it.
/// </summary>
internal static partial class LabelGiven
{
    /// <summary>How well quoted words after "called" and the thing asked fit: the sentence says them of it outright.</summary>
    private const double Fit = 0.95;

    [GeneratedRegex(@"\b(?:called|calls|calling|call)\s+(?<thing>it|them|him|her|this|that|(?:(?:the|its|their|his|her)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?<label>[""\u201C][^""\u201C\u201D]+[""\u201D](?:\s+and\s+[""\u201C][^""\u201C\u201D]+[""\u201D])?)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Called();

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && t.Stem != "call").ToList();
        foreach (Match match in Called().Matches(passage.Text))
        {
            var thing = match.Groups["thing"].Value;
            var stems = passage.Analyze(thing);
            if (thing.ToLowerInvariant() is not ("it" or "them" or "him" or "her" or "this" or "that") && !asked.Any(t => t.IsIn(stems)))
            {
                continue;
            }

            var label = match.Groups["label"];
            var words = label.Value.Trim('"', '\u201C', '\u201D', ',', ' ').TrimEnd(',', '.');
            yield return new AnswerCandidate(passage, AnswerType.What, words, label.Index, label.Index + label.Length, Fit) { Note = "words given after 'called'" };
        }
    }
}
