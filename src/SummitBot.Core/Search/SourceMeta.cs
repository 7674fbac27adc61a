using System.Text;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>A source's file, file stamp and metadata as bytes (<see cref="IndexSchema.Meta"/>); its text is not kept.</summary>
internal static class SourceMeta
{
    private const byte Version = 1;

    public static byte[] Encode(SourceDocument source)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(source.File);
            writer.Write(source.Stamp.Length);
            writer.Write(source.Stamp.LastWriteTicks);
            writer.Write(source.Stamp.Hash ?? string.Empty);
            writer.Write(source.Id);
            writer.Write(source.Title);
            WriteOptional(writer, source.Section);
            WriteOptional(writer, source.Publisher);
            WriteOptional(writer, source.Published);
            WriteOptional(writer, source.Url?.OriginalString);
        }

        return buffer.ToArray();
    }

    /// <summary>The source the bytes describe, without its text; null if they are not in this format.</summary>
    public static SourceDocument? Decode(ReadOnlySpan<byte> bytes, StringPool pool)
    {
        if (bytes.Length == 0 || bytes[0] != Version)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes[1..].ToArray()), Encoding.UTF8);
        var file = reader.ReadString();
        var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadString());
        var id = reader.ReadString();
        var title = reader.ReadString();
        var section = pool.ShareOptional(ReadOptional(reader));
        var publisher = pool.ShareOptional(ReadOptional(reader));
        var published = pool.ShareOptional(ReadOptional(reader));
        var url = ReadOptional(reader) is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null;
        return new SourceDocument(id, title, section, publisher, published, url, [], file, stamp);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
