using System.ComponentModel.DataAnnotations;

namespace SummitBot.Knowledge;

/// <summary>Where the knowledge files are, section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder; relative paths are taken from the content root.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";

    /// <summary>Reload the knowledge when its files change, without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long to wait for a burst of file changes to settle before reloading.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
