using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the museum open to visitors?" of "The minister arrived on Monday, opening a week of talks at the museum":
/// the question's verb is said of its subject and has no object ("the museum opened"); the sentence has it only as a
/// participle after a comma with an object of its own ("opening a week of talks"), done by the clause's subject to
/// another thing. The museum, named only after that object, did not open then. The word counts as not said of the
/// thing asked; a participle whose object is the thing asked ("opening the museum"), or a sentence that names the thing
/// before the participle (its subject may be the doer), still matches.
/// </summary>
internal static class ParticipleOfOtherThing
{
    /// <summary>Whether every place the sentence has the question's verb is a participle done to another thing.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (term.Role != TermRole.Content || Subject(question, term) is not { Count: > 0 } subject)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var hits = Enumerable.Range(0, tokens.Count).Where(i => stems[i].Contains(term.Stem) || term.Forms.Any(stems[i].Contains)).ToList();
        return hits.Count > 0 && hits.All(i => OfOtherThing(passage, i, subject));
    }

    /// <summary>
    /// The analyzed nouns between the question's auxiliary and its verb ("when did the museum open to visitors?" →
    /// museum), when nothing but a preposition or the end follows the verb (it has no object); otherwise null.
    /// </summary>
    private static List<string>? Subject(QuestionReading question, QuestionTerm term)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var at = words.IndexOf(term.Word.ToLowerInvariant());
        var aux = words.Count > 0 && QuestionWords.YesNoStarts.Contains(words[0]) ? 0 : 1;
        if (at < aux + 2 || aux >= words.Count || !QuestionWords.YesNoStarts.Contains(words[aux])
            || (aux == 1 && !QuestionWords.Asking.Contains(words[0]))
            || !Language.Relations.WordRelations.Default.IsVerb(words[at])
            || (at + 1 < words.Count && !CommonWords.IsPreposition(words[at + 1])))
        {
            return null;
        }

        return [.. words.Skip(aux + 1).Take(at - aux - 1).Where(w => !CommonWords.IsFunctionWord(w))];
    }

    /// <summary>", opening a week of talks": a participle after a comma whose object (up to a preposition other than "of") is not the subject asked, named nowhere before it.</summary>
    private static bool OfOtherThing(Passage passage, int at, List<string> subject)
    {
        var tokens = passage.Analysis.Tokens;
        if (at < 1 || tokens[at - 1].Text != "," || !tokens[at].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || at + 1 >= tokens.Count || !(tokens[at + 1].IsWord || tokens[at + 1].Kind == Language.TokenKind.Number)
            || CommonWords.IsPreposition(tokens[at + 1].Text.ToLowerInvariant()))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var asked = subject.SelectMany(passage.Analyze).ToHashSet(StringComparer.Ordinal);
        var end = at + 1;
        while (end < tokens.Count && (tokens[end].IsWord || tokens[end].Kind == Language.TokenKind.Number)
            && (tokens[end].Text.Equals("of", StringComparison.OrdinalIgnoreCase) || !CommonWords.IsPreposition(tokens[end].Text.ToLowerInvariant())))
        {
            end++;
        }

        bool Names(int i) => stems[i].Any(asked.Contains);
        return asked.Count > 0 && !Enumerable.Range(0, at).Any(Names) && !Enumerable.Range(at + 1, end - at - 1).Any(Names);
    }
}
