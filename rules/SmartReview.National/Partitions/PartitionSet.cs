using System.Buffers.Binary;
using System.Text;

namespace SmartReview.National.Partitions;

/// <summary>
/// N partition files on local disk; a record goes to the file its key hashes to, so every row of one key (and of
/// every table keyed the same way) lands in one file that fits in memory. Each record is its kind (a byte), its
/// length (4 bytes) and its body, so a reader can skip or come back to a record without reading it.
/// </summary>
internal sealed class PartitionSet : IDisposable
{
    private readonly string[] _paths;
    private FileStream[]? _files;

    public PartitionSet(string folder, string name, int count)
    {
        _paths = [.. Enumerable.Range(0, count).Select(i => Path.Combine(folder, $"{name}-{i:D4}.bin"))];
        _files = [.. _paths.Select(p => new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))];
    }

    public int Count => _paths.Length;

    /// <summary>Appends records (as <see cref="PartitionBuffers"/> lays them out) to partition <paramref name="partition"/>.</summary>
    public void Append(int partition, ReadOnlySpan<byte> records) =>
        (_files ?? throw new InvalidOperationException("partitions are closed for writing"))[partition].Write(records);

    /// <summary>Ends writing; the files can then be read.</summary>
    public void Close()
    {
        if (_files is null)
        {
            return;
        }

        foreach (FileStream file in _files)
        {
            file.Dispose();
        }

        _files = null;
    }

    /// <summary>One partition's bytes, read whole (it is a bounded part of the input); the file is deleted.</summary>
    public byte[] ReadAll(int partition)
    {
        byte[] bytes = [];
        int length = ReadAll(partition, ref bytes);
        return bytes.Length == length ? bytes : bytes[..length];
    }

    /// <summary>
    /// As <see cref="ReadAll(int)"/>, into <paramref name="buffer"/> (made larger when it is too small, else reused:
    /// a partition's bytes are large, and a new array each time costs full collections); returns the length read.
    /// </summary>
    public int ReadAll(int partition, ref byte[] buffer)
    {
        int length;
        using (var file = new FileStream(_paths[partition], FileMode.Open, FileAccess.Read, FileShare.None, 0, FileOptions.SequentialScan))
        {
            length = checked((int)file.Length);
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length / 4 * 5)];
            }

            file.ReadExactly(buffer, 0, length);
        }

        File.Delete(_paths[partition]);
        return length;
    }

    /// <summary>The records in the first <paramref name="length"/> of <paramref name="bytes"/>, in the order they were written: kind, where the body starts and its length.</summary>
    public static RecordCursor Records(byte[] bytes, int length) => new(bytes, length);

    public void Dispose() => Close();

    /// <summary>The partition of a key, from FNV-1a over its UTF-8 bytes: the same on every run (string.GetHashCode is randomised per process).</summary>
    internal static int Of(ReadOnlySpan<byte> utf8Key, int count)
    {
        uint hash = 2166136261;
        foreach (byte b in utf8Key)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % (uint)count);
    }

    internal static int Of(string key, int count)
    {
        Span<byte> utf8 = key.Length <= 128 ? stackalloc byte[key.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        return Of(utf8[..Encoding.UTF8.GetBytes(key, utf8)], count);
    }
}
