using System.Buffers;
using System.Text;

namespace SmartReview.National.Reading.Csv;

/// <summary>
/// Cuts a CSV file into blocks of whole rows (about <c>blockBytes</c> each) that can be parsed on any thread, counting
/// rows as it goes so each block knows its first row's number. The encoding is chosen or detected from the first MiB
/// (<see cref="TextDecoding.Detect"/>); a byte-order mark is skipped. The header row is read first.
/// </summary>
internal sealed class CsvBlockReader : IDisposable
{
    private static readonly byte[][] ByteOrderMarks = [[0xEF, 0xBB, 0xBF], [0x84, 0x31, 0x95, 0x33]];
    private readonly Stream _raw;
    private readonly int _blockBytes;
    private byte[] _carry;
    private int _carryLength;
    private long _nextRow = 2, _sequence;
    private bool _done;

    public CsvBlockReader(Stream raw, Encoding? chosen, int blockBytes = 1 << 22)
    {
        _raw = raw;
        _blockBytes = blockBytes;
        _carry = new byte[Math.Max(TextDecoding.SampleBytes, blockBytes)];
        _carryLength = Fill(_carry, 0);
        Encoding = chosen ?? TextDecoding.Detect(_carry.AsSpan(0, _carryLength));
        int mark = ByteOrderMarks.FirstOrDefault(m => _carry.AsSpan(0, _carryLength).StartsWith(m))?.Length ?? 0;
        Header = ReadHeader(mark);
    }

    public Encoding Encoding { get; }

    /// <summary>The header row's names, as written (UTF-8 text); none for an empty file.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The next block, or null at the end of the file.</summary>
    public CsvBlock? Next()
    {
        if (_done && _carryLength == 0)
        {
            return null;
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(_blockBytes, _carryLength * 2));
        _carry.AsSpan(0, _carryLength).CopyTo(buffer);
        int filled = _done ? _carryLength : Fill(buffer, _carryLength);
        _done |= filled < buffer.Length;
        int end = CsvScan.LastRowEnd(buffer.AsSpan(0, filled), out int rows);
        if (_done && end < filled)
        {
            end = filled; // the last row, without a line feed
            rows++;
        }
        else if (end == 0)
        {
            // One row longer than the buffer: read on with a bigger one.
            Keep(buffer, 0, filled);
            ArrayPool<byte>.Shared.Return(buffer);
            return Next();
        }

        Keep(buffer, end, filled - end);
        var block = new CsvBlock(buffer, end, _nextRow, _sequence++);
        _nextRow += rows;
        return block;
    }

    private IReadOnlyList<string> ReadHeader(int skip)
    {
        var record = new CsvRecord();
        int at = skip;
        string[] names = record.Read(_carry, _carryLength, ref at)
            ? [.. Enumerable.Range(0, record.FieldCount).Select(i => Encoding.GetString(record.Field(i)))]
            : [];
        _carry.AsSpan(at, _carryLength - at).CopyTo(_carry);
        _carryLength -= at;
        return names;
    }

    private int Fill(byte[] into, int filled)
    {
        int read;
        while (filled < into.Length && (read = _raw.Read(into, filled, into.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled < into.Length)
        {
            _done = true;
        }

        return filled;
    }

    private void Keep(byte[] buffer, int start, int length)
    {
        if (_carry.Length < length)
        {
            _carry = new byte[Math.Max(length, _carry.Length * 2)];
        }

        buffer.AsSpan(start, length).CopyTo(_carry);
        _carryLength = length;
    }

    public void Dispose() => _raw.Dispose();
}
