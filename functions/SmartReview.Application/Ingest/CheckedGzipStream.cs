using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Decompresses a gzip upload and throws <see cref="InvalidDataException"/> when it is corrupt or cut short, where
/// <see cref="GZipStream"/> alone just ends early on a truncated member. At the end, the last 8 bytes read must be the
/// gzip trailer (CRC-32 and length) of what was decompressed. A file of several gzip members (concatenated) carries
/// only its last member's trailer there: it passes when the runtime's strict validation is on
/// (<c>System.IO.Compression.UseStrictValidation</c>, set for every executable by Directory.Build.props), which throws
/// on any member cut short; without it such a file is refused rather than trusted.
/// </summary>
internal sealed class CheckedGzipStream : ReadOnlyStream
{
    private const string StrictSwitch = "System.IO.Compression.UseStrictValidation";

    private readonly TailStream _source;
    private readonly GZipStream _gzip;
    private readonly Crc32 _crc = new();
    private bool _checked;

    public CheckedGzipStream(Stream compressed)
    {
        _source = new TailStream(compressed);
        _gzip = new GZipStream(_source, CompressionMode.Decompress);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await _gzip.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e.Message, e);
        }

        return Counted(buffer.Span[..read], buffer.Length);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read;
        try
        {
            read = _gzip.Read(buffer, offset, count);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e.Message, e);
        }

        return Counted(buffer.AsSpan(offset, read), count);
    }

    /// <summary>Counts what was read; at the end (nothing read for a buffer with room), checks the trailer once.</summary>
    private int Counted(ReadOnlySpan<byte> read, int asked)
    {
        if (read.Length > 0)
        {
            _crc.Append(read);
            BytesRead += read.Length;
        }
        else if (asked > 0 && !_checked)
        {
            _checked = true;
            CheckTrailer();
        }

        return read.Length;
    }

    private void CheckTrailer()
    {
        ReadOnlySpan<byte> tail = _source.Tail;
        if (_source.BytesRead < 18)
        {
            throw Corrupt($"{_source.BytesRead} bytes are not a gzip file");
        }

        bool whole = BinaryPrimitives.ReadUInt32LittleEndian(tail) == _crc.GetCurrentHashAsUInt32()
            && BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) == (uint)BytesRead;
        if (!whole && !(AppContext.TryGetSwitch(StrictSwitch, out bool strict) && strict))
        {
            throw Corrupt("it does not end with the gzip trailer (CRC-32 and length) of its content");
        }
    }

    private InvalidDataException Corrupt(string why, Exception? inner = null) =>
        new($"gzip upload corrupt or cut short after {BytesRead} bytes of content: {why}", inner);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }
}
