namespace SmartReview.Application.Ingest;

/// <summary>A stream read once from front to back, counting what it gave: what ingest's wrapping streams share.</summary>
internal abstract class ReadOnlyStream : Stream
{
    /// <summary>Bytes read through this stream so far.</summary>
    public long BytesRead { get; protected set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
