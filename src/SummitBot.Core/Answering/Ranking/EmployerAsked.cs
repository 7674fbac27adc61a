using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did she work?" and "she worked for Acme Freight, a haulier with a depot near Leeds": when the sentence gives
/// the asked verb a named party after "for" (an employer, a club, a paper written for), that party is what "where" asks;
/// a place told elsewhere in the sentence is where the party stands, not where the doing was. Only the candidate at
/// that name keeps its fit; any other place of the sentence keeps none, so the question answers the name or declines.
/// </summary>
internal static class EmployerAsked
{
    /// <summary>
    /// Verbs of holding a post, as a question asks them: "at" a body after them names the workplace. After other verbs
    /// "at" names an occasion as often ("meet at the Group summit in Lisbon"), whose town is where the doing was.
    /// </summary>
    private static readonly HashSet<string> JobVerbs = new(StringComparer.Ordinal) { "work", "works", "worked", "serve", "serves", "served", "teach", "teaches", "taught", "study", "studies", "studied" };

    /// <summary>How much of its fit a place keeps that is not the named party the asked verb was done for.</summary>
    private const double OtherPlace = 0.0;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var verbs = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        if (verbs.Count == 0)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var parties = new List<int>();
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].IsWord && verbs.Any(v => v.IsIn(stems[k])) && PartyAfter(passage, tokens, k + 1, verbs.Any(v => JobVerbs.Contains(v.Word.ToLowerInvariant()))) is >= 0 and var party)
            {
                parties.Add(party);
            }
        }

        if (parties.Count == 0)
        {
            return 1.0;
        }

        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        // The candidate may open at the name or at its article ("for the Daily Courier").
        return parties.Any(p => at == p || (at == p - 1 && tokens[at].Text.Equals("the", StringComparison.OrdinalIgnoreCase))) ? 1.0 : OtherPlace;
    }

    /// <summary>
    /// The token of the name after "for" (and an article) at <paramref name="k"/>, or -1. After "at" only a name that
    /// is no place, person or day counts, a body's ("works at the Institute for Peace in Oslo"): the body is the
    /// workplace and the city only where it stands, while a place after "at" ("landed at Gardermoen in Oslo") is itself
    /// where the doing was.
    /// </summary>
    private static int PartyAfter(Retrieval.Passage passage, List<Language.Token> tokens, int k, bool job)
    {
        var at = job && tokens[k].Text.Equals("at", StringComparison.OrdinalIgnoreCase);
        if (!tokens[k].Text.Equals("for", StringComparison.OrdinalIgnoreCase) && !at)
        {
            return -1;
        }

        if (at)
        {
            var name = k + 1 < tokens.Count && tokens[k + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? k + 2 : k + 1;
            return name < tokens.Count && tokens[name].IsCapitalized
                && !passage.Annotations.Any(a => a.Kind is Language.Reading.AnnotationKind.Place or Language.Reading.AnnotationKind.Person or Language.Reading.AnnotationKind.Date
                    && (a.Start == tokens[name].Start || a.Start == tokens[k + 1].Start)) ? name : -1;
        }

        k++;
        if (k < tokens.Count && tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].IsCapitalized ? k : -1;
    }
}
