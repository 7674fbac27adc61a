using SummitBot.Answering.Retrieval;
using SummitBot.Knowledge;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// A possible answer: the words of a passage that answer (<see cref="Start"/>..<see cref="End"/>, characters of the
/// sentence), how the bot says them (<see cref="Answer"/>: the words, or a date worked out from them), and how well
/// they fit the kind of answer asked (<see cref="Fit"/>, 0–1). A hand-written fact is a candidate too (<see cref="Fact"/>).
/// </summary>
internal sealed record AnswerCandidate(Passage? Passage, AnswerType Type, string Answer, int Start, int End, double Fit)
{
    /// <summary>Why the extractor thinks the words answer (for <c>ask --explain</c>).</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>For a date read as a date (not a year asked, not a time until), the day or span it stands for.</summary>
    public CalendarDate? Calendar { get; init; }

    /// <summary>For a hand-written fact: the fact, whose curated sentence is the answer.</summary>
    public Fact? Fact { get; init; }

    /// <summary>The person the answer names, for "he" in the next question.</summary>
    public string? Person { get; init; }

    /// <summary>Who said the words the answer comes from, for "who said that?".</summary>
    public string? Speaker { get; init; }

    /// <summary>The next sentence, when the answer runs on into it (<see cref="QuoteRunsOn"/>): cited with the passage.</summary>
    public string? RunsOn { get; init; }

    /// <summary>The text a citation of this answer quotes: its passage, and the sentence it runs on into.</summary>
    public string Cited => Passage is null ? Answer : RunsOn is null ? Passage.Text : Passage.Text + " " + RunsOn;

    public bool IsCurated => Fact is not null;

    public string Words => Passage is null ? Answer : Passage.Text[Start..End];
}
