using System.Buffers;
using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>The part of one bucket being cut: lines buffered up to a block, blocks staged gzip-compressed, committed as a chunk file.</summary>
internal sealed class BucketWriter(int bucket)
{
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 16);
    private int _blocks;
    private long _bytes;

    public int Bucket => bucket;

    public int Part { get; private set; }

    public List<long> Lines { get; } = [];

    public int Pending => _pending.WrittenCount;

    public void Add(ReadOnlySpan<byte> line, long number)
    {
        _pending.Write(line);
        _pending.Write("\n"u8);
        Lines.Add(number);
    }

    /// <summary>Stages the buffered lines as one gzip member; the committed chunk file is a multi-member gzip stream.</summary>
    public async Task StageAsync(IBatchFiles files, string staging, CancellationToken cancel)
    {
        await files.StageAsync(staging, ChunkRecord.Name(bucket, Part), _blocks++, Gzip.Compress(_pending.WrittenSpan), cancel).ConfigureAwait(false);
        _bytes += _pending.WrittenCount;
        _pending.ResetWrittenCount();
    }

    public async Task<ChunkRecord> CommitAsync(IBatchFiles files, string staging, bool last, CancellationToken cancel)
    {
        if (_pending.WrittenCount > 0)
        {
            await StageAsync(files, staging, cancel).ConfigureAwait(false);
        }

        string name = ChunkRecord.Name(bucket, Part);
        await files.CommitAsync(staging, name, _blocks, cancel).ConfigureAwait(false);
        await files.WriteAsync(staging, name + ".lines", LineNumbers.Encode(Lines), cancel).ConfigureAwait(false);
        var chunk = new ChunkRecord("", bucket, Part, last, Lines.Count, _bytes, ChunkStatus.Pending);
        Part++;
        _blocks = 0;
        _bytes = 0;
        Lines.Clear();
        return chunk;
    }
}
