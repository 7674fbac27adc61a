using SummitBot.Tests.Support;
using SummitBot.TestTools.QuestionSets;

namespace SummitBot.Tests.MultiSource;

/// <summary>
/// A knowledge folder of the articles in MultiSource/articles only (with the repository's synonyms and story): reports
/// of one story over several days that agree, move on, or carry no date. Test articles, never in knowledge/.
/// </summary>
public sealed class MultiSourceKnowledge : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "summitbot-tests", "multisource-" + Guid.NewGuid().ToString("N")[..12]);

    public MultiSourceKnowledge()
    {
        var empty = Path.Combine(_folder, "base");
        Directory.CreateDirectory(Path.Combine(empty, "sources"));
        File.Copy(Path.Combine(RepoPaths.Knowledge, "synonyms.txt"), Path.Combine(empty, "synonyms.txt"));
        File.Copy(Path.Combine(RepoPaths.Knowledge, "story.txt"), Path.Combine(empty, "story.txt"));
        Folder = KnowledgeCopy.With(empty, Path.Combine(RepoPaths.Root, "tests", "SummitBot.Tests", "MultiSource", "articles"), Path.Combine(_folder, "knowledge"));
        Answering = new AnsweringHost(Folder);
    }

    public string Folder { get; }

    public AnsweringHost Answering { get; }

    public void Dispose()
    {
        Answering.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
