using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The defence ministers, Song of the South and No of the North, signed ...": where a sentence sets people apart by the
/// side each is "of" or "from", a question that names one side ("who signed for the South?") is not answered by the
/// person of the other. Only a sentence that names two sides or more says so; one side alone sets nobody apart.
/// </summary>
internal static partial class ContrastedSide
{
    [GeneratedRegex(@"\G\s{1,3}(?:of|from)\s{1,3}(?:the\s{1,3})?([A-Z][\w'-]{0,40}(?:\s[A-Z][\w'-]{0,40}){0,3})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SideAfter();

    /// <summary>Whether <paramref name="person"/> is "of" another side than the one the question names.</summary>
    public static bool OfOther(QuestionReading question, Passage passage, Annotation person)
    {
        var sides = new Dictionary<int, string>();
        foreach (var someone in passage.Of(AnnotationKind.Person))
        {
            if (SideAfter().Match(passage.Text, someone.End) is { Success: true } m)
            {
                sides[someone.Start] = m.Groups[1].Value.ToLowerInvariant();
            }
        }

        if (!sides.TryGetValue(person.Start, out var mine) || sides.Values.Distinct().Count() < 2)
        {
            return false;
        }

        var asked = Tokenizer.LowerWords(question.Text);
        var named = sides.Values.Distinct().Where(side => side.Split(' ').All(asked.Contains)).ToList();
        return named.Count == 1 && named[0] != mine;
    }
}
