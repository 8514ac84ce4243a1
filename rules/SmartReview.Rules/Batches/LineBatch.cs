using System.Buffers;

namespace SmartReview.Rules.Batches;

/// <summary>A run of complete input lines in one pooled buffer. Return it with <see cref="Dispose"/>.</summary>
public sealed class LineBatch : IDisposable
{
    private byte[]? _buffer;
    private readonly List<(int Start, int Length, long Number)> _lines = [];
    private Dictionary<int, (string Id, long FirstLine)>? _duplicates;

    internal LineBatch(byte[] buffer, long sequence)
    {
        _buffer = buffer;
        Sequence = sequence;
    }

    /// <summary>Position of this batch in the input, from 0.</summary>
    public long Sequence { get; }

    public int Count => _lines.Count;

    /// <summary>Bytes of input this batch covers, line ends included (for progress).</summary>
    public long Bytes { get; internal set; }

    public ReadOnlySpan<byte> Line(int i) => _buffer.AsSpan(_lines[i].Start, _lines[i].Length);

    /// <summary>1-based line number in the input file.</summary>
    public long LineNumber(int i) => _lines[i].Number;

    internal void Add(int start, int length, long number) => _lines.Add((start, length, number));

    /// <summary>Marks line <paramref name="i"/> as repeating a settlement id first seen on <paramref name="firstLine"/>: it is rejected, not scored.</summary>
    public void MarkDuplicate(int i, string id, long firstLine) => (_duplicates ??= [])[i] = (id, firstLine);

    /// <summary>The repeated id and where it was first, when line <paramref name="i"/> was marked a duplicate.</summary>
    public (string Id, long FirstLine)? DuplicateOf(int i) => _duplicates is not null && _duplicates.TryGetValue(i, out var first) ? first : null;

    /// <summary>
    /// Buffers are rented by the reader thread and returned by worker threads, which the shared pool's per-thread
    /// caches do not serve well (every batch would allocate a new large array); this pool is shared across threads.
    /// </summary>
    internal static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(maxArrayLength: 1 << 28, maxArraysPerBucket: 64);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            Buffers.Return(_buffer);
            _buffer = null;
        }
    }
}
