using System.ComponentModel.DataAnnotations;

namespace SummitBot.Search;

/// <summary>Where the Lucene index lives, section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder on local disk; relative paths are taken from the content root.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";
}
