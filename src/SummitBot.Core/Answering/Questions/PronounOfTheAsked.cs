using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who sold out her cosmetics?", "which minister resigned his post?": in a question that asks for a person and names
/// no one, "his" or "her" right after the asked person's own verb is that person's. It refers to no one the
/// conversation knows, so a first question with it is no follow-up with no one to refer to: it was declined unread.
/// Only a possessive after a verb that is no form of "be" or "do": in "who is her husband?" and "who did his brother
/// meet?" the pronoun is someone else, and "her" with no noun after it ("who met her?") is the one met.
/// </summary>
internal static class PronounOfTheAsked
{
    /// <summary>Particles of phrasal verbs ("sold out", "gave up", "paid back").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "out", "up", "off", "down", "away", "back", "over" };

    /// <summary>Whether every person pronoun of the question is the asked person's own possessive.</summary>
    public static bool Binds(QuestionReading reading)
    {
        if (reading.Type is not (AnswerType.Person or AnswerType.Speaker) || reading.People.Count > 0)
        {
            return false;
        }

        var words = SaidWords.Outside(reading.Text, reading.Type);
        var any = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Pronouns.IsPersonPronoun(words[i]))
            {
                continue;
            }

            if (!IsOwnPossessive(words, i))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>"sold out her stock": "his", or "her" before a word that is no function word, right after a verb other than "be" or "do".</summary>
    private static bool IsOwnPossessive(List<string> words, int i)
    {
        if (i < 2 || words[i] is not ("his" or "her") || words[0] is not ("who" or "which" or "what"))
        {
            return false;
        }

        // "sold out her stock": a verb's particle may stand between.
        var verb = Particles.Contains(words[i - 1]) && i > 2 ? words[i - 2] : words[i - 1];
        if (BeForms.Is(verb) || verb is "do" or "does" or "did" || CommonWords.IsFunctionWord(verb) || !WordRelations.Default.IsVerb(verb))
        {
            return false;
        }

        return words[i] == "his" || (i + 1 < words.Count && !CommonWords.IsFunctionWord(words[i + 1]));
    }
}
