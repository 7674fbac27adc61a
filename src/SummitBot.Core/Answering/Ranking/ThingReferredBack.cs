using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "It was towed into port in May" after "The barge, the Lotte Star, ran aground ...": a sentence that opens on "it"
/// and a verb goes on about the thing the sentence before named. The reading resolves only people's pronouns, so a
/// thing's name (a ship's, a building's) that the sentence before gives is the sentence's by reference, as a person's
/// name is when "he" opens it. Not the "it" that stands for no thing ("It was the first time ...", "It is likely
/// that ...", "It has been two years since ..."): the first word after its helping verbs must be a verb.
/// </summary>
internal static class ThingReferredBack
{
    /// <summary>Helping verbs between "it" and the verb it is the subject of.</summary>
    private static readonly HashSet<string> Helpers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "is", "was", "been", "be", "will", "would", "could", "can", "may", "might", "must", "should", "also", "then", "later", "now", "since",
    };

    /// <summary>Verbs whose "it" is a frame, not a thing ("It seems ...", "It appears ...").</summary>
    private static readonly HashSet<string> FrameVerbs = new(StringComparer.OrdinalIgnoreCase) { "seems", "seemed", "appears", "appeared", "remains", "remained", "means", "meant", "takes", "took", "became", "becomes" };

    /// <summary>Whether the question's name <paramref name="term"/> is what the passage's opening "it" refers back to.</summary>
    public static bool Names(QuestionTerm term, Passage passage) =>
        term.Role == TermRole.Name && passage.Before.Contains(term.Stem) && OpensOnIt(passage);

    private static bool OpensOnIt(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        if (tokens.Count < 3 || tokens[0].Text != "It")
        {
            return false;
        }

        var k = 1;
        var passive = false;
        while (k < tokens.Count && tokens[k].IsWord && Helpers.Contains(tokens[k].Text))
        {
            passive |= BeForms.Is(tokens[k].Text);
            k++;
        }

        // After a form of "be" only a participle tells a deed done to the thing ("It was seized"), not "It was clear".
        var verb = k < tokens.Count && tokens[k].IsWord ? tokens[k].Text.ToLowerInvariant() : null;
        var relations = Language.Relations.WordRelations.Default;
        return verb is not null && !FrameVerbs.Contains(verb) && !CommonWords.IsFunctionWord(verb)
            && (passive ? relations.IsPastForm(verb) : relations.IsVerb(verb));
    }
}
