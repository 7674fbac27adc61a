using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What's the name of the hotel where the envoy stayed?" and "arrived at Dulles International Airport ... and spent
/// the night at a hotel": the question names the kind of building asked (a hotel), and a venue whose own name says it
/// is a building of another sort (an airport, a station) is not one, however well its sentence fits. Kinds that can
/// be the same building ("hotel" and "resort", "port" and "harbour") count as one; a seat of government ("the White
/// House") is no hotel, and a station no airport, so only a plain mismatch lowers.
/// </summary>
internal static class VenueKindAsked
{
    /// <summary>What a venue of another kind keeps of its fit: nothing, as the question's noun rules it out.</summary>
    private const double OtherKind = 0.0;

    /// <summary>Venue nouns grouped by what the building is for; nouns outside every group say too little to rule out.</summary>
    private static readonly Dictionary<string, int> Groups = Build(
        ["hotel", "resort", "inn", "lodge", "guesthouse", "villa", "mansion"],
        ["house", "palace"],
        ["airport"],
        ["station"],
        ["port", "harbour", "harbor"],
        ["base"],
        ["stadium", "arena"],
        ["university", "institute", "campus"],
        ["museum"],
        ["embassy"]);

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Place || AskedGroup(question.Text) is not { } asked)
        {
            return 1.0;
        }

        var words = candidate.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Groups.TryGetValue(words[^1].ToLowerInvariant(), out var own) && own != asked ? OtherKind : 1.0;
    }

    /// <summary>The group of the venue noun right after "which", "what" or "the name of" ("which luxury hotel"), or null.</summary>
    private static int? AskedGroup(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', '?', ',', '\''], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var opens = words[i] is "which" or "what" || (words[i] is "of" && i > 0 && words[i - 1] is "name");
            if (!opens)
            {
                continue;
            }

            var nouns = words.Skip(i + 1).Where(w => w is not ("the" or "a" or "an")).Take(2);
            foreach (var noun in nouns)
            {
                if (Groups.TryGetValue(noun, out var group))
                {
                    return group;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, int> Build(params string[][] groups)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var noun in groups[g])
            {
                map[noun] = g;
            }
        }

        return map;
    }
}
