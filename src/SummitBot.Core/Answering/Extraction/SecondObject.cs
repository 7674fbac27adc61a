using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did the council name the bridge?" of "naming the bridge a national monument, ...": a verb that takes two
/// objects or an object and what it is made ("declare", "call", "name", "give", "offer") has the thing the question ends
/// with right after it; what the verb makes of that thing, or gives it, is the phrase after it ("a national monument").
/// The question must end with that thing, so the phrase is not some other word of it, and the phrase must open with "a"
/// or "an", as a second object does, so "the bridge on Monday" or "the bridge that ..." give nothing.
/// </summary>
internal static class SecondObject
{
    /// <summary>The most words the second object may have before the clause goes on ("a national monument").</summary>
    private const int MostWords = 5;

    /// <summary>
    /// The second object after the verb's first object, which runs from <paramref name="from"/> (after the verb) to the
    /// question's last word at <paramref name="at"/>, as character offsets; null when the sentence does not say it so.
    /// </summary>
    public static (int Start, int End)? After(QuestionReading question, Passage passage, int from, int at)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        if (at - from > 3 || !Enumerable.Range(from, at - from).All(k => IsDeterminer(tokens[k]) || IsModifier(tokens[k])))
        {
            return null;
        }

        // The first object is the question's words from there ("the Kaesong industrial park"), ending with its last one.
        var after = at;
        while (after < tokens.Count && tokens[after].IsWord && IsAsked(question, stems[after]) && after - at < 3)
        {
            after++;
        }

        if (after == at || !EndsQuestion(question, passage, stems[after - 1]) || after >= tokens.Count || !(tokens[after].Is("a") || tokens[after].Is("an")))
        {
            return null;
        }

        // "naming the bridge a year ago": a time after the first object is when, no second object.
        var times = passage.Of(AnnotationKind.Date).Concat(passage.Of(AnnotationKind.Duration)).ToList();
        if (times.Any(t => t.Start <= tokens[after].Start && t.End > tokens[after].Start))
        {
            return null;
        }

        // The phrase ends at the clause's break or where a time of the deed opens ("a landmark on Monday").
        var stop = after + 1;
        while (stop < tokens.Count && stop - after <= MostWords && tokens[stop].Text is not ("," or "." or ";" or ":") && !tokens[stop].Is("and") && !times.Any(t => t.Start <= tokens[stop].Start && t.End > tokens[stop].Start))
        {
            stop++;
        }

        // A phrase that runs on past its last word into a clause is not one thing made of the first object.
        var closes = stop == tokens.Count || stop - after <= MostWords;
        while (stop > after + 1 && !tokens[stop - 1].IsWord && tokens[stop - 1].Text is not ("\"" or "\u201D"))
        {
            stop--;
        }

        return closes && stop > after + 1 ? (tokens[after].Start, tokens[stop - 1].End) : null;
    }

    private static bool IsAsked(QuestionReading question, string[] stems) => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Name && t.IsIn(stems));

    /// <summary>"the", "this", "its": words that only open the first object.</summary>
    private static bool IsDeterminer(Language.Token token) =>
        token.Text.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "our";

    /// <summary>"old", "disused": a lower-case word that only describes the first object, before its noun.</summary>
    private static bool IsModifier(Language.Token token) =>
        token.IsWord && !token.IsCapitalized && Language.Relations.WordRelations.Default.IsAdjective(token.Text.ToLowerInvariant()) && !Language.Words.CommonWords.IsFunctionWord(token.Text);

    /// <summary>Whether the word with <paramref name="stems"/> is the question's last word, as the question's own term.</summary>
    private static bool EndsQuestion(QuestionReading question, Passage passage, string[] stems)
    {
        var words = Language.Tokenizer.Tokenize(question.Text).Where(t => t.IsWord).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var lastStems = passage.Analyze(words[^1].Text);
        return question.Terms.Any(t => t.Role == TermRole.Content && lastStems.Contains(t.Stem) && stems.Contains(t.Stem));
    }
}
