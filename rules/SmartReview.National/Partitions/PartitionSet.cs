using System.Buffers.Binary;

namespace SmartReview.National.Partitions;

/// <summary>
/// N partition files on local disk; a record goes to the file its key hashes to, so every row of one key (and of
/// every table keyed the same way) lands in one file that fits in memory. Each record is its kind (a byte), its
/// length (4 bytes) and its body, so a reader can skip or come back to a record without reading it.
/// </summary>
internal sealed class PartitionSet : IDisposable
{
    private readonly string[] _paths;
    private readonly MemoryStream _record = new();
    private readonly BinaryWriter _body;
    private BinaryWriter[]? _writers;

    public PartitionSet(string folder, string name, int count)
    {
        _paths = [.. Enumerable.Range(0, count).Select(i => Path.Combine(folder, $"{name}-{i:D4}.bin"))];
        _writers = [.. _paths.Select(p => new BinaryWriter(new BufferedStream(new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.None, 0), 1 << 16)))];
        _body = new BinaryWriter(_record);
    }

    public int Count => _paths.Length;

    /// <summary>Starts a record: write its body to the writer returned, then call <see cref="End"/>. One record at a time.</summary>
    public BinaryWriter Begin()
    {
        _record.SetLength(0);
        return _body;
    }

    /// <summary>Appends the record begun to the partition of <paramref name="key"/>.</summary>
    public void End(string key, RecordKind kind)
    {
        BinaryWriter w = (_writers ?? throw new InvalidOperationException("partitions are closed for writing"))[Of(key, _paths.Length)];
        _body.Flush();
        w.Write((byte)kind);
        w.Write((int)_record.Length);
        w.Write(_record.GetBuffer(), 0, (int)_record.Length);
    }

    /// <summary>Ends writing; the files can then be read.</summary>
    public void Close()
    {
        if (_writers is null)
        {
            return;
        }

        foreach (BinaryWriter w in _writers)
        {
            w.Dispose();
        }

        _writers = null;
    }

    /// <summary>One partition's bytes, read whole (it is a bounded part of the input); the file is deleted.</summary>
    public byte[] ReadAll(int partition)
    {
        byte[] bytes = File.ReadAllBytes(_paths[partition]);
        File.Delete(_paths[partition]);
        return bytes;
    }

    /// <summary>The records in <paramref name="bytes"/>, in the order they were written: kind and where the body starts.</summary>
    public static IEnumerable<(RecordKind Kind, int Body)> Records(byte[] bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            int length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 1, 4));
            yield return ((RecordKind)bytes[at], at + 5);
            at += 5 + length;
        }
    }

    public void Dispose()
    {
        Close();
        _body.Dispose();
    }

    internal static int Of(string key, int count) => (int)((uint)StableHash(key) % (uint)count);

    /// <summary>FNV-1a over the key's characters: the same on every run (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)hash;
    }
}
