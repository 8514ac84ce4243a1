namespace SmartReview.National.Partitions;

/// <summary>
/// N partition files on local disk; a record goes to the file its key hashes to, so every row of one key (and of
/// every table keyed the same way) lands in one file that fits in memory.
/// </summary>
internal sealed class PartitionSet : IDisposable
{
    private readonly string[] _paths;
    private BinaryWriter[]? _writers;

    public PartitionSet(string folder, string name, int count)
    {
        _paths = [.. Enumerable.Range(0, count).Select(i => Path.Combine(folder, $"{name}-{i:D4}.bin"))];
        _writers = [.. _paths.Select(p => new BinaryWriter(new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)))];
    }

    public int Count => _paths.Length;

    /// <summary>The writer of the partition <paramref name="key"/> belongs to, positioned after the record kind.</summary>
    public BinaryWriter Start(string key, RecordKind kind)
    {
        BinaryWriter w = (_writers ?? throw new InvalidOperationException("partitions are closed for writing"))[Of(key, _paths.Length)];
        w.Write((byte)kind);
        return w;
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

    /// <summary>Reads one partition's records in the order they were written, then deletes the file.</summary>
    public IEnumerable<(RecordKind Kind, BinaryReader Reader)> Read(int partition)
    {
        using (var stream = new FileStream(_paths[partition], FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.SequentialScan))
        using (var r = new BinaryReader(stream))
        {
            long length = stream.Length;
            while (stream.Position < length)
            {
                yield return ((RecordKind)r.ReadByte(), r);
            }
        }

        File.Delete(_paths[partition]);
    }

    public void Dispose() => Close();

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
