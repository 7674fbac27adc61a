using System.Security.Cryptography;
using System.Text;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// What an index commit was built for, kept in the commit's user data: the schema, the loader's file format and the
/// synonyms (which together decide how every document is analyzed), and the facts (their documents are numbered by
/// their place in the knowledge, so they must be the same facts in the same order).
/// </summary>
internal sealed record IndexCommitData(string Schema, string Format, string Synonyms, string Facts)
{
    private const string SchemaKey = "schema";
    private const string FormatKey = "format";
    private const string SynonymsKey = "synonyms";
    private const string FactsKey = "facts";

    public static IndexCommitData For(KnowledgeBase knowledge) =>
        new(IndexSchema.SchemaVersion, KnowledgeLoader.FormatVersion, SynonymsHash(knowledge.Synonyms), knowledge.FactsFingerprint);

    /// <summary>The data a commit was made with, or null for a commit this code did not make.</summary>
    public static IndexCommitData? From(IDictionary<string, string> userData) =>
        userData.TryGetValue(SchemaKey, out var schema) && userData.TryGetValue(FormatKey, out var format)
        && userData.TryGetValue(SynonymsKey, out var synonyms) && userData.TryGetValue(FactsKey, out var facts)
            ? new IndexCommitData(schema, format, synonyms, facts)
            : null;

    public Dictionary<string, string> ToUserData() => new(StringComparer.Ordinal)
    {
        [SchemaKey] = Schema,
        [FormatKey] = Format,
        [SynonymsKey] = Synonyms,
        [FactsKey] = Facts,
    };

    /// <summary>True when documents made for <paramref name="other"/> would be analyzed and read as these were.</summary>
    public bool SameAnalysis(IndexCommitData other) => Schema == other.Schema && Format == other.Format && Synonyms == other.Synonyms;

    private static string SynonymsHash(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var text = new StringBuilder();
        foreach (var group in groups)
        {
            text.AppendJoin('\u001F', group).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
