using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How large is the Korean community in Germany?", "how big was the delegation?", "how large a crowd came?": the size
/// of a body of people (<see cref="PeopleGroupWords"/>) is a head count, so the question asks a number of people, as
/// "how many people are in ..." does. The body is the head of the phrase after the verb, the word before a
/// preposition or the end ("the North Korean group in Oberstdorf" → group); "how big is the group's budget" asks of
/// the budget and is no head count.
/// </summary>
internal static class GroupSizeAsked
{
    private static readonly HashSet<string> Sizes = new(StringComparer.Ordinal) { "big", "large", "small" };

    /// <summary>The noun counted when a group's size is asked: people.</summary>
    public const string CountedNoun = "people";

    /// <summary>Whether the question asks how big a body of people is.</summary>
    public static bool Asks(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] != "how" || !Sizes.Contains(words[i + 1]))
            {
                continue;
            }

            // "how large a crowd ...": the noun right after the article.
            if (words[i + 2] is "a" or "an")
            {
                return i + 3 < words.Count && PeopleGroupWords.Is(words[i + 3]);
            }

            if (!BeForms.IsFinite(words[i + 2]))
            {
                return false;
            }

            // The head of the subject: the last word before a function word (other than its determiner) or the end.
            var head = -1;
            for (var k = i + 3; k < words.Count; k++)
            {
                if (CommonWords.IsFunctionWord(words[k]))
                {
                    if (head >= 0)
                    {
                        return PeopleGroupWords.Is(words[head]);
                    }

                    continue;
                }

                // An owner ("the group's budget") is not the head.
                head = words[k].EndsWith("'s", StringComparison.Ordinal) ? -1 : k;
            }

            return head >= 0 && PeopleGroupWords.Is(words[head]);
        }

        return false;
    }
}
