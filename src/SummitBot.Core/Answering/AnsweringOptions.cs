using System.ComponentModel.DataAnnotations;

namespace SummitBot.Answering;

/// <summary>Settings of the answering core, section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>Longer questions are not read; the user is asked for a shorter one.</summary>
    [Range(20, 100_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>How many questions a decline or a greeting suggests.</summary>
    [Range(0, 5)]
    public int Suggestions { get; set; } = 3;
}
