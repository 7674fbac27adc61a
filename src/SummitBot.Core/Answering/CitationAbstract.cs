namespace SummitBot.Answering;

/// <summary>
/// Cuts a passage to at most <see cref="MaxLength"/> characters for the Teams citation card: at word boundaries,
/// around the words that answer, marking what was left out with an ellipsis.
/// </summary>
public static class CitationAbstract
{
    public const int MaxLength = 160;

    public static string Cut(string passage, string? answer, int maxLength = MaxLength)
    {
        if (passage.Length <= maxLength)
        {
            return passage;
        }

        var (start, end) = AnswerSpan(passage, answer);
        var budget = maxLength - 2;
        if (end - start > budget)
        {
            end = start + budget;
        }

        // Spread the room left around the answer, more after it than before: a sentence reads on from its subject.
        var spare = budget - (end - start);
        var from = Math.Max(0, start - (spare / 3));
        var to = Math.Min(passage.Length, from + budget);
        from = Math.Max(0, to - budget);

        if (from > 0)
        {
            var space = passage.IndexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }

        if (to < passage.Length)
        {
            var space = passage.LastIndexOf(' ', to - 1, to - Math.Max(from, end));
            to = space > end ? space : to;
        }

        var text = passage[from..to].Trim();
        return (from > 0 ? "\u2026" : string.Empty) + text + (to < passage.Length ? "\u2026" : string.Empty);
    }

    private static (int Start, int End) AnswerSpan(string passage, string? answer)
    {
        if (!string.IsNullOrWhiteSpace(answer))
        {
            var plainPassage = Knowledge.KnowledgeLoader.PlainQuotes(passage);
            var plainAnswer = Knowledge.KnowledgeLoader.PlainQuotes(answer);
            var at = plainPassage.IndexOf(plainAnswer, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (at, at + plainAnswer.Length);
            }

            // Otherwise the longest word of the answer that the passage has.
            foreach (var word in plainAnswer.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length))
            {
                at = plainPassage.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && word.Length >= 3)
                {
                    return (at, at + word.Length);
                }
            }
        }

        return (0, 0);
    }
}
