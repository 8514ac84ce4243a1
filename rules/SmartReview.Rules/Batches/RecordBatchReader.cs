using System.Buffers.Binary;

namespace SmartReview.Rules.Batches;

/// <summary>
/// Cuts a stream of length-prefixed records (a little-endian int32 length, then the record: the national fold's
/// binary settlements) into batches of whole records, about <c>batchBytes</c> each. A record's "line number" is its
/// place in the stream, from 1.
/// </summary>
public sealed class RecordBatchReader(Stream input, int batchBytes = 1 << 20) : IBatchReader
{
    private readonly CarriedBytes _carry = new(input);
    private long _number;
    private long _sequence;
    private bool _done;

    public async ValueTask<LineBatch?> ReadAsync(CancellationToken cancel = default)
    {
        if (_done)
        {
            return null;
        }

        (byte[] buffer, int filled, _done) = await _carry.FillAsync(Math.Max(batchBytes, NeededForFirst() * 2), cancel).ConfigureAwait(false);
        var batch = new LineBatch(buffer, _sequence++);
        int at = 0;
        while (filled - at >= 4 && BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(at)) is var length && filled - at - 4 >= length)
        {
            batch.Add(at + 4, length, ++_number);
            at += 4 + length;
        }

        if (_done && at < filled)
        {
            batch.Dispose();
            throw new InvalidDataException($"the record stream ends inside record {_number + 1}");
        }

        _carry.Keep(buffer, at, filled - at);
        batch.Bytes = at;
        if (batch.Count == 0 && _done)
        {
            batch.Dispose();
            return null;
        }

        return batch;
    }

    /// <summary>Bytes the carried record needs in all (its length prefix read when it is there).</summary>
    private int NeededForFirst() => _carry.Length >= 4 ? 4 + BinaryPrimitives.ReadInt32LittleEndian(_carry.Carried) : 4;
}
