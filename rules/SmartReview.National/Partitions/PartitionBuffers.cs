using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Partitions;

/// <summary>
/// Records bound for one <see cref="PartitionSet"/>, gathered per partition in memory (by a thread that parses a block
/// of rows, or by the visit join) and appended to the files in one go, so the files get them in row order.
/// </summary>
internal sealed class PartitionBuffers(int count)
{
    private readonly ByteWriter?[] _parts = new ByteWriter?[count];
    private readonly ByteWriter _record = new(1 << 10);

    /// <summary>Starts a record: write its body to the writer returned, then call <see cref="End(string, RecordKind)"/>. One record at a time.</summary>
    public ByteWriter Begin()
    {
        _record.Clear();
        return _record;
    }

    public void End(string key, RecordKind kind) => End(PartitionSet.Of(key, count), kind);

    public void End(ReadOnlySpan<byte> utf8Key, RecordKind kind) => End(PartitionSet.Of(utf8Key, count), kind);

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

    private void End(int partition, RecordKind kind)
    {
        ByteWriter part = _parts[partition] ??= new ByteWriter(1 << 14);
        part.Byte((byte)kind);
        part.Int32(_record.Length);
        part.Raw(_record.Written);
    }
}
