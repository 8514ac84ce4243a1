using System.Buffers;
using System.Collections.Concurrent;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Writes chunks to a stream on a background thread, so that the disk works while the generator does. At most a few
/// chunks wait; a failure on the writer thread surfaces on the next write or on <see cref="Complete"/>.
/// </summary>
internal sealed class WriteBehind : IDisposable
{
    private readonly Stream _output;
    private readonly BlockingCollection<(byte[] Chunk, int Length)> _queue = new(boundedCapacity: 4);
    private readonly Task _writer;
    private bool _completed;

    public WriteBehind(Stream output)
    {
        _output = output;
        _writer = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] chunk = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(chunk);
        try
        {
            _queue.Add((chunk, data.Length));
        }
        catch (InvalidOperationException)
        {
            ArrayPool<byte>.Shared.Return(chunk);
            _writer.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Waits for every chunk to be written and flushes the stream.</summary>
    public void Complete()
    {
        if (!_completed)
        {
            _completed = true;
            _queue.CompleteAdding();
            _writer.GetAwaiter().GetResult();
            _output.Flush();
        }
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _queue.CompleteAdding();
            _writer.Wait();
        }

        _queue.Dispose();
    }

    private void Drain()
    {
        try
        {
            foreach ((byte[] chunk, int length) in _queue.GetConsumingEnumerable())
            {
                _output.Write(chunk, 0, length);
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
        catch
        {
            _queue.CompleteAdding();
            throw;
        }
    }
}
