using Microsoft.Extensions.Logging;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Opens the index of a <see cref="KnowledgeBase"/> once, for a command or a test: reuses the index under
/// <c>indexRoot</c> if it already holds this knowledge, updates it if it holds an earlier version of it, builds it if
/// there is none (see <see cref="LiveIndex"/>). A running bot keeps one <see cref="LiveIndex"/> for its whole life.
/// </summary>
public static class KnowledgeIndexBuilder
{
    public static KnowledgeSnapshot Open(KnowledgeBase knowledge, string indexRoot, ILogger logger, IProgress<double>? progress = null)
    {
        // The snapshot holds the index folder open for as long as it lives.
        using var index = new LiveIndex(indexRoot, logger);
        return index.Open(knowledge, previous: null, progress);
    }
}
