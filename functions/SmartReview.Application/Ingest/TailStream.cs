namespace SmartReview.Application.Ingest;

/// <summary>Reads through to an inner stream, keeping the last 8 bytes read (a gzip trailer, once the stream has ended).</summary>
internal sealed class TailStream(Stream inner) : ReadOnlyStream
{
    private readonly byte[] _tail = new byte[8];

    /// <summary>The last 8 bytes read, oldest first (fewer when fewer were read).</summary>
    public ReadOnlySpan<byte> Tail => BytesRead >= 8 ? _tail : _tail.AsSpan(8 - (int)BytesRead);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    private void Keep(ReadOnlySpan<byte> read)
    {
        if (read.Length >= 8)
        {
            read[^8..].CopyTo(_tail);
        }
        else if (read.Length > 0)
        {
            _tail.AsSpan(read.Length).CopyTo(_tail);
            read.CopyTo(_tail.AsSpan(8 - read.Length));
        }

        BytesRead += read.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
