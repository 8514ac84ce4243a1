using System.Buffers.Binary;

namespace SmartReview.National.Partitions;

/// <summary>Walks the records of a partition's bytes (see <see cref="PartitionSet"/>); a struct, so a foreach over it allocates nothing.</summary>
internal struct RecordCursor(byte[] bytes, int length)
{
    private int _next;

    public (RecordKind Kind, int Body, int Length) Current { get; private set; }

    public readonly RecordCursor GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next >= length)
        {
            return false;
        }

        int size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_next + 1, 4));
        Current = ((RecordKind)bytes[_next], _next + 5, size);
        _next += 5 + size;
        return true;
    }
}
