using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Partitions;

/// <summary>
/// Records bound for one <see cref="PartitionSet"/>, gathered per partition in memory (by a thread that parses a block
/// of rows, or by the visit join) and appended to the files in one go, so the files get them in row order.
/// </summary>
internal sealed class PartitionBuffers(int count)
{
    private readonly ByteWriter?[] _parts = new ByteWriter?[count];
    private ByteWriter? _open;
    private int _length;

    /// <summary>
    /// Starts a record in the partition of <paramref name="key"/>: write its body to the writer returned (straight into
    /// the partition's buffer), then call <see cref="End"/>. One record at a time.
    /// </summary>
    public ByteWriter Begin(string key, RecordKind kind) => Begin(PartitionSet.Of(key, count), kind);

    public ByteWriter Begin(ReadOnlySpan<byte> utf8Key, RecordKind kind) => Begin(PartitionSet.Of(utf8Key, count), kind);

    /// <summary>Ends the record begun last: writes its length before its body.</summary>
    public void End()
    {
        (_open ?? throw new InvalidOperationException("no record begun")).EndLength(_length);
        _open = null;
    }

    /// <summary>Appends every partition's records to <paramref name="set"/> and empties the buffers.</summary>
    public void MoveTo(PartitionSet set)
    {
        for (int p = 0; p < _parts.Length; p++)
        {
            if (_parts[p] is { Length: > 0 } part)
            {
                set.Append(p, part.Written);
                part.Clear();
            }
        }
    }

    private ByteWriter Begin(int partition, RecordKind kind)
    {
        ByteWriter part = _parts[partition] ??= new ByteWriter(1 << 14);
        part.Byte((byte)kind);
        _length = part.BeginLength();
        _open = part;
        return part;
    }
}
