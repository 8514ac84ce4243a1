using System.Buffers;

namespace SmartReview.Edge.Check;

/// <summary>
/// A request body read whole into a buffer from the shared pool and given back on dispose, so a check does not
/// allocate (and the GC then collect) an array the size of its settlement on every request. Nothing may keep
/// <see cref="Bytes"/> after dispose.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] _buffer;

    private PooledBody(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Bytes => _buffer.AsMemory(0, Length);

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/> (whether or not it said its length).</summary>
    public static async Task<PooledBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancel)
    {
        // One byte beyond a stated length, so the read that finds the end needs no larger buffer.
        var body = new PooledBody(request.ContentLength is { } stated ? (int)Math.Min(stated + 1, maxBytes + 1L) : 16 * 1024);
        try
        {
            while (true)
            {
                if (body.Length > maxBytes)
                {
                    body.Dispose();
                    return null;
                }

                if (body.Length == body._buffer.Length)
                {
                    body.Grow();
                }

                int read = await request.Body.ReadAsync(body._buffer.AsMemory(body.Length), cancel);
                if (read == 0)
                {
                    return body;
                }

                body.Length += read;
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow()
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
