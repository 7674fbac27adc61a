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

        // Read in place (every source of an archive is decoded when its index is opened), in BinaryWriter's layout.
        var reader = new SpanReader(bytes[1..]);
        var file = reader.String();
        var stamp = new FileStamp(reader.Int64(), reader.Int64(), reader.String());
        var id = reader.String();
        var title = reader.String();
        var section = pool.ShareOptional(reader.OptionalString());
        var publisher = pool.ShareOptional(reader.OptionalString());
        var published = pool.ShareOptional(reader.OptionalString());
        var url = reader.OptionalString() is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null;
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

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote: little-endian integers, strings as a 7-bit encoded length and UTF-8.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public long Int64()
        {
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(_rest);
            _rest = _rest[8..];
            return value;
        }

        public string String()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _rest[0];
                _rest = _rest[1..];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }

                if (shift > 28)
                {
                    throw new InvalidDataException("A string length in a source's metadata is malformed.");
                }
            }

            var value = Encoding.UTF8.GetString(_rest[..length]);
            _rest = _rest[length..];
            return value;
        }

        public string? OptionalString()
        {
            var present = _rest[0] != 0;
            _rest = _rest[1..];
            return present ? String() : null;
        }
    }
}
