using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What is the ferry called?" of "the ferry, Nordlys, sailed ..." or "the ferry Nordlys sailed ...": a thing's name is
/// the proper name set beside the noun the question asks of, after a comma closed by another (apposition) or right
/// after the noun; or set before the phrase of the noun ("Nordlys, the company's oldest ferry,", see <see cref="NameBefore"/>).
/// </summary>
internal static class NameBeside
{
    /// <summary>The most words a name set beside its noun may have.</summary>
    private const int NameWords = 4;

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        if (AskedNoun(question) is not { } noun)
        {
            yield break;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || tokens[i].IsCapitalized || !noun.IsIn(stems[i]) || (Name(tokens, i + 1) ?? NameBefore.Of(tokens, i)) is not { } name)
            {
                continue;
            }

            var from = tokens[name.Start].Start;
            var to = tokens[name.End - 1].End;
            if (Spans.RepeatsQuestion(passage.Text[from..to], question, passage.Analyze) || IsPerson(passage, from, to))
            {
                continue;
            }

            yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[from..to], from, to, 1.0) { Note = "the name set beside the question's noun" };
        }
    }

    /// <summary>
    /// The noun whose name is asked: the question's last noun, the head of "the name of the charter ferry" (not "the
    /// ferry's skipper", whose owner a name beside "ferry" would not name). A noun for a kind of person ("the
    /// manager") asks who someone is, and a name beside it is a person's, no thing's.
    /// </summary>
    private static QuestionTerm? AskedNoun(QuestionReading question) =>
        question.Terms.LastOrDefault(t => t.Role == TermRole.Content && Language.Relations.WordRelations.Default.IsNoun(t.Word.ToLowerInvariant())) is { } noun
            && !Language.Relations.PersonNouns.IsOnlyPerson(noun.Word) ? noun : null;

    /// <summary>A name the reader knows as a person's ("the company's general manager, Ann Berg,") names no thing.</summary>
    private static bool IsPerson(Passage passage, int from, int to) =>
        passage.Of(Language.Reading.AnnotationKind.Person).Any(p => p.Start < to && p.End > from);

    /// <summary>
    /// The name after the noun, as token indexes: ", Nordlys," set off by commas (or closing the sentence), or
    /// "Nordlys" right after it up to a lower-case word or a stop; a hyphened or trailing number is part of it
    /// ("Polar-2", "Star 7").
    /// </summary>
    private static (int Start, int End)? Name(List<Language.Token> tokens, int at)
    {
        var setOff = tokens[at].Text == ",";
        var start = setOff ? at + 1 : at;
        var stop = start;
        while (stop < tokens.Count && stop - start < NameWords && (tokens[stop].IsWord && tokens[stop].IsCapitalized
            || (stop > start && tokens[stop].Kind == Language.TokenKind.Number && tokens[stop].Text.All(char.IsDigit) && tokens[stop].Text.Length <= 3)
            || (stop > start && tokens[stop].Text == "-" && stop + 1 < tokens.Count && tokens[stop + 1].Kind == Language.TokenKind.Number)))
        {
            stop++;
        }

        if (stop == start || stop == tokens.Count)
        {
            return null;
        }

        // Set off, the name closes with the apposition's comma or the sentence; right after the noun, it is followed by
        // a preposition or a stop, not a verb of which it would be the subject ("the ship Seoul seized").
        var next = tokens[stop].Text;
        var closes = setOff ? next is "," or "." or ";" : next is "," or "." or ";" or "in" or "at" or "on" or "to" or "from" or "with" or "of" or "off" or "near";
        return closes ? (start, stop) : null;
    }
}
