using System.ComponentModel.DataAnnotations;

namespace SummitBot.Knowledge;

/// <summary>Where the knowledge files are, section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder; relative paths are taken from the content root.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";
}
