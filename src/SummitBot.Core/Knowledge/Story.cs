namespace SummitBot.Knowledge;

/// <summary>
/// The story a knowledge folder follows (<c>story.txt</c>): how replies name it, what the bot says it does, and the
/// questions it suggests. The engine knows no story of its own: a different story is a different knowledge folder.
/// </summary>
public sealed record Story(string Name, string Greeting, IReadOnlyList<string> Examples)
{
    /// <summary>What a knowledge folder without <c>story.txt</c> says.</summary>
    public static readonly Story Unnamed = new("the story my sources follow", "I answer questions from my sources, and cite the passage each answer comes from.", []);
}
