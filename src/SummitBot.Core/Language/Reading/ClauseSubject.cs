using SummitBot.Language.Words;

namespace SummitBot.Language.Reading;

/// <summary>
/// An object pronoun ("him", "her" standing alone) never means the subject of its own clause: in "Ott thanked Mets for
/// inviting him" or "Mets, who is no relation of hers, greeted her" the pronoun is someone else (English would say
/// "himself" or "herself" for the subject). A person named just before such a pronoun, with nothing that opens a new
/// clause between them but the relative "who" that makes the person that clause's subject, is that subject.
/// </summary>
internal static class ClauseSubject
{
    /// <summary>Words that open a new clause, after which a pronoun may mean anyone named before.</summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "and", "but", "or", "that", "because", "when", "while", "after", "before", "if", "as", "since",
        "until", "although", "though", "which", "whom", "whose",
    };

    /// <summary>Whether token <paramref name="i"/> is "him", or "her" not followed by what it would own.</summary>
    public static bool IsObjectPronoun(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (word is "him")
        {
            return true;
        }

        return word is "her" && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || CommonWords.IsFunctionWord(tokens[i + 1].Text.ToLowerInvariant()));
    }

    /// <summary>Whether the person named at <paramref name="mention"/> is the subject of the clause the object pronoun at <paramref name="pronoun"/> stands in.</summary>
    public static bool Is(List<Token> tokens, PersonMention mention, int pronoun)
    {
        var k = mention.End;
        if (k >= pronoun || mention.Start > pronoun || tokens[k].Kind == TokenKind.Possessive || AfterPreposition(tokens, mention.Start))
        {
            return false;
        }

        // "Mets, who ... her": the relative's subject is the person it follows.
        if (tokens[k].Text == "," && k + 1 < pronoun && tokens[k + 1].Is("who"))
        {
            k += 2;
        }
        else if (tokens[k].Is("who"))
        {
            k++;
        }

        for (; k < pronoun; k++)
        {
            // "Ott said the deal would help him": after a verb of saying, a clause of its own, where the pronoun may be
            // the one who says; "Ott told him" is one clause.
            if (Breaks.Contains(tokens[k].Text) || tokens[k].Kind == TokenKind.Quote || (SpeechVerbs.IsSpeechVerb(tokens[k].Text) && k + 1 < pronoun))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AfterPreposition(List<Token> tokens, int start) =>
        start > 0 && CommonWords.IsPreposition(tokens[start - 1].Text.ToLowerInvariant());
}
