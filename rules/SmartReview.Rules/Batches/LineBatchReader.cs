using System.Buffers;

namespace SmartReview.Rules.Batches;

/// <summary>
/// Cuts a JSON Lines stream into batches of whole lines, in constant memory: one buffer of about
/// <c>batchBytes</c> per batch in flight. Blank lines are skipped but still counted for line numbers; a final
/// line without a newline is kept; CR before LF is dropped; a UTF-8 byte order mark at the start of the input is skipped
/// unless <c>skipByteOrderMark</c> is false (a chunk cut from a file, whose first line is not the file's).
/// </summary>
public sealed class LineBatchReader(Stream input, int batchBytes = 1 << 20, bool skipByteOrderMark = true) : IBatchReader
{
    private readonly CarriedBytes _carry = new(input);
    private long _lineNumber;
    private long _sequence;
    private bool _done;

    public async ValueTask<LineBatch?> ReadAsync(CancellationToken cancel = default)
    {
        while (!_done)
        {
            (byte[] buffer, int filled, _done) = await _carry.FillAsync(Math.Max(batchBytes, _carry.Length * 2), cancel).ConfigureAwait(false);
            int end = _done ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end == 0)
            {
                // One line longer than the buffer: keep it all and read on with a bigger buffer.
                _carry.Keep(buffer, 0, filled);
                LineBatch.Buffers.Return(buffer);
                continue;
            }

            _carry.Keep(buffer, end, filled - end);
            LineBatch batch = Split(buffer, end);
            if (batch.Count > 0 || !_done)
            {
                return batch;
            }

            batch.Dispose();
        }

        return null;
    }

    private LineBatch Split(byte[] buffer, int end)
    {
        var batch = new LineBatch(buffer, _sequence++) { Bytes = end };
        int start = skipByteOrderMark && _lineNumber == 0 && buffer.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < end)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            int stop = newline < 0 ? end : start + newline;
            int length = stop - start;
            if (length > 0 && buffer[stop - 1] == (byte)'\r')
            {
                length--;
            }

            _lineNumber++;
            if (!buffer.AsSpan(start, length).Trim((byte)' ').IsEmpty)
            {
                batch.Add(start, length, _lineNumber);
            }

            start = stop + 1;
        }

        return batch;
    }
}
