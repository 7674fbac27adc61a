using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>What health checks and operators see of the knowledge: loaded or not, from which files, with which problems.</summary>
public interface IKnowledgeStatus
{
    /// <summary>True once an index is loaded and answering.</summary>
    bool IsReady { get; }

    /// <summary>The fingerprint of the knowledge being served, or null before the first load.</summary>
    string? Fingerprint { get; }

    /// <summary>When the knowledge being served was loaded.</summary>
    DateTimeOffset? LoadedAt { get; }

    int Sources { get; }

    int Facts { get; }

    /// <summary>Broken files or blocks left out of the knowledge being served (file, line, message).</summary>
    IReadOnlyList<KnowledgeProblem> Problems { get; }

    /// <summary>Why the last reload failed, if it did (the previous knowledge is still served).</summary>
    string? LastReloadError { get; }
}
