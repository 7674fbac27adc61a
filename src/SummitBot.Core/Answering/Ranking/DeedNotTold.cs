using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did they ask to join the two crews?" and "A joint crew, formed on Monday, won the race on Friday": the
/// question asks the time of a deed told by a verb and the verb of what it was for ("ask to join"), and the sentence
/// has neither: not the first at all, the second only by a related word ("joint"). Its dates are of its own deeds.
/// One verb alone that the sentence lacks is often told in other words ("host the dinner" of "welcomed them at a
/// dinner", "issue its warning" of "warned"), and is left to coverage.
/// </summary>
internal static class DeedNotTold
{
    /// <summary>How much of its fit a date keeps whose sentence does not tell the deed asked.</summary>
    private const double OtherDeed = 0.5;

    /// <summary>Words that ask the time of a deed, before its auxiliary ("when did", "what day did").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "will", "would" };

    /// <summary>Subjects of one word whose verb comes right after them.</summary>
    private static readonly HashSet<string> PronounSubjects = new(StringComparer.Ordinal) { "they", "he", "she", "it", "we", "you", "i" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Date || candidate.Passage is not { } passage || AskedVerbs(question) is not var (verb, purpose))
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        var toldAsItself = stems.Any(s => s.Contains(purpose.Stem) || purpose.Forms.Any(s.Contains));
        return stems.Any(verb.IsIn) || toldAsItself ? 1.0 : OtherDeed;
    }

    /// <summary>
    /// The question's terms for the verb after "when did" and its subject and for the verb of its "to" after it ("when
    /// did they ask to merge"), when the subject is a pronoun or a name, whose end is plain; null for a subject of
    /// common words ("the unified team"), where a noun could be taken for the verb, for a verb of talking (told by any
    /// of saying: "When did Marklund speak?" of "said on Wednesday"), and for a verb with no "to" and verb after it.
    /// </summary>
    private static (QuestionTerm Verb, QuestionTerm Purpose)? AskedVerbs(QuestionReading question)
    {
        var tokens = Tokenizer.Tokenize(question.Text);
        var did = tokens.FindIndex(t => Auxiliaries.Contains(t.Text.ToLowerInvariant()));
        if (did < 1 || !tokens[did - 1].Is("when") || did + 2 >= tokens.Count)
        {
            return null;
        }

        var at = did + 1;
        if (PronounSubjects.Contains(tokens[at].Text.ToLowerInvariant()))
        {
            at++;
        }
        else
        {
            while (at < tokens.Count && tokens[at].IsWord && tokens[at].IsCapitalized)
            {
                at++;
            }

            if (at == did + 1)
            {
                return null;
            }
        }

        if (at + 2 >= tokens.Count || !tokens[at + 1].Is("to") || Term(question, tokens[at]) is not { } verb || Term(question, tokens[at + 2]) is not { } purpose)
        {
            return null;
        }

        var word = verb.Word.ToLowerInvariant();
        return QuestionWords.Conversing.Contains(word) || Language.Words.SpeechVerbs.IsSpeechVerb(word) ? null : (verb, purpose);
    }

    /// <summary>The question's content term for a lower-case word that may be a verb; null for any other.</summary>
    private static QuestionTerm? Term(QuestionReading question, Token token)
    {
        var word = token.Text.ToLowerInvariant();
        return token.IsWord && !token.IsCapitalized && question.MayBeVerbs.Contains(word)
            ? question.Terms.FirstOrDefault(t => t.Role is TermRole.Content or TermRole.Event && t.Word.Equals(word, StringComparison.OrdinalIgnoreCase))
            : null;
    }
}
