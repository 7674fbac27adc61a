namespace SummitBot.Knowledge;

/// <summary>
/// What a knowledge file was when it was read: its size and last write time, which tell a change without reading the
/// file, and a hash of its content, which tells whether a file that was written to really says something else.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks, string Hash);
