namespace SmartReview.Host.Reports;

/// <summary>
/// A write-only stream for writers that only write synchronously (the zip archive, the OpenXML writer) in front of
/// one that must be written asynchronously (a response body): writes collect in memory, and <see cref="DrainAsync"/>
/// sends them on. Drained after every row once past <see cref="Threshold"/>, it holds about that much at a time.
/// </summary>
internal sealed class DrainedStream(Stream inner) : Stream
{
    public const int Threshold = 1 << 16;
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what has collected when it is at least <paramref name="atLeast"/> bytes (everything with 0).</summary>
    public async ValueTask DrainAsync(int atLeast, CancellationToken cancel)
    {
        if (_pending.Length > 0 && _pending.Length >= atLeast)
        {
            await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancel).ConfigureAwait(false);
            await inner.FlushAsync(cancel).ConfigureAwait(false);
            _pending.SetLength(0);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
