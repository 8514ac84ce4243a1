using System.Threading.Channels;

namespace SmartReview.Rules.Batches;

/// <summary>
/// Binary settlement records (<c>SettlementBinary</c>) handed from a producer in the same process (the national
/// fold's merge) to the scorer in batches: each record is copied once, into the batch the scorer reads, with no
/// stream between them. A record's "line number" is its place in the sequence, from 1. One producer.
/// </summary>
public sealed class RecordBatchChannel(int batchBytes = 1 << 20, int capacity = 4) : IBatchReader
{
    private readonly Channel<LineBatch> _sent = Channel.CreateBounded<LineBatch>(capacity);
    private readonly Queue<LineBatch> _ready = new();
    private LineBatch? _open;
    private byte[] _buffer = [];
    private int _used;
    private long _number, _sequence;

    /// <summary>Copies <paramref name="record"/> into the open batch; true when a batch is ready: then await <see cref="SendAsync"/>.</summary>
    public bool Add(ReadOnlySpan<byte> record)
    {
        if (_open is not null && _used + record.Length > _buffer.Length)
        {
            Close();
        }

        if (_open is null)
        {
            _buffer = LineBatch.Buffers.Rent(Math.Max(batchBytes + (batchBytes >> 2), record.Length));
            _open = new LineBatch(_buffer, _sequence++);
            _used = 0;
        }

        record.CopyTo(_buffer.AsSpan(_used));
        _open.Add(_used, record.Length, ++_number);
        _used += record.Length;
        _open.Bytes = _used;
        if (_used >= batchBytes)
        {
            Close();
        }

        return _ready.Count > 0;
    }

    /// <summary>Hands the ready batches to the scorer, waiting while it has <c>capacity</c> unread.</summary>
    public async ValueTask SendAsync(CancellationToken cancel = default)
    {
        while (_ready.TryPeek(out LineBatch? batch))
        {
            await _sent.Writer.WriteAsync(batch, cancel).ConfigureAwait(false);
            _ready.Dequeue();
        }
    }

    /// <summary>Sends what is left and ends the sequence; with <paramref name="error"/>, the scorer's next read throws it instead.</summary>
    public async ValueTask CompleteAsync(Exception? error = null, CancellationToken cancel = default)
    {
        if (error is null)
        {
            Close();
            await SendAsync(cancel).ConfigureAwait(false);
        }
        else
        {
            _open?.Dispose();
            while (_ready.TryDequeue(out LineBatch? batch))
            {
                batch.Dispose();
            }
        }

        _open = null;
        _sent.Writer.TryComplete(error);
    }

    public async ValueTask<LineBatch?> ReadAsync(CancellationToken cancel = default) =>
        await _sent.Reader.WaitToReadAsync(cancel).ConfigureAwait(false) && _sent.Reader.TryRead(out LineBatch? batch) ? batch : null;

    private void Close()
    {
        if (_open is { Count: > 0 })
        {
            _ready.Enqueue(_open);
        }
        else
        {
            _open?.Dispose();
        }

        _open = null;
    }
}
