using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What did Putin give Kim?" and "Putin presented Kim with a ceremonial sword", "She handed him a pen to sign the
/// guest book": after a verb of giving, the sentence names the one who receives, then the thing given, which is the
/// answer (not the receiver the clause that follows the verb opens with).
/// </summary>
internal static class GivenThing
{
    /// <summary>The most words of the thing given after its determiner ("a ceremonial sword", "an oversized envelope").</summary>
    private const int ThingWords = 4;

    /// <summary>The most words of a receiver named by name ("Kim", "Kim Jong Un", "Moon Jae-in").</summary>
    private const int ReceiverWords = 4;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "their", "its", "our", "some",
    };

    public static IEnumerable<AnswerCandidate> In(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!GivingVerbs.IsGiving(tokens[i].Text))
            {
                continue;
            }

            var thing = AfterReceiver(tokens, i + 1);
            if (thing < 0)
            {
                continue;
            }

            var end = thing + (thing < tokens.Count && Determiners.Contains(tokens[thing].Text) ? 1 : 0);
            var words = 0;
            while (end < tokens.Count && words < ThingWords && tokens[end].IsWord && !CommonWords.IsFunctionWord(tokens[end].Text) && !OnlyVerb(tokens[end].Text))
            {
                end++;
                words++;
            }

            if (words > 0)
            {
                var from = tokens[thing].Start;
                var to = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[from..to], from, to, 0.9) { Note = $"what '{tokens[i].Text}' gives" };
            }
        }
    }

    /// <summary>"a crystal bowl made in Smaland": a word that can only be a verb ends the thing and starts what is said of it.</summary>
    private static bool OnlyVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return relations.IsVerb(lower) && !relations.IsNoun(lower);
    }

    /// <summary>The token after the receiver ("him", "Kim", "Kim Jong Un") and a "with" after it; -1 when no receiver stands there.</summary>
    private static int AfterReceiver(List<Token> tokens, int at)
    {
        var k = at;
        if (tokens[k].Text.ToLowerInvariant() is "him" or "her" or "them" or "us" or "me")
        {
            k++;
        }
        else
        {
            while (k < tokens.Count && k - at < ReceiverWords && tokens[k].IsWord && tokens[k].IsCapitalized)
            {
                k++;
            }

            if (k == at || (k < tokens.Count && tokens[k].Text is "'s" or "\u2019s"))
            {
                return -1;
            }
        }

        return k < tokens.Count && tokens[k].Is("with") ? k + 1 : k;
    }
}
