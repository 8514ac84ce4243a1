using System.Buffers;
using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>
/// The part of one bucket being cut: lines buffered up to a block; each block compressed and staged in the background
/// (at most <c>uploads</c>' count at once across buckets) while reading goes on; committed as a chunk file once its
/// blocks are staged.
/// </summary>
internal sealed class BucketWriter(int bucket, SemaphoreSlim uploads)
{
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 16);
    private readonly List<Task> _staging = [];
    private int _blocks;
    private long _bytes;

    public int Bucket => bucket;

    public int Part { get; private set; }

    public List<long> Lines { get; } = [];

    /// <summary>Pairs of (line, line first seen on) for the lines that repeat a settlement id, kept beside the chunk as ".dups".</summary>
    public List<long> Duplicates { get; } = [];

    public int Pending => _pending.WrittenCount;

    public void Add(ReadOnlySpan<byte> line, long number, long? duplicateOf)
    {
        if (duplicateOf is { } first)
        {
            Duplicates.Add(number);
            Duplicates.Add(first);
        }

        _pending.Write(line);
        _pending.Write("\n"u8);
        Lines.Add(number);
    }

    /// <summary>Starts staging the buffered lines as one gzip member (the committed chunk file is a multi-member gzip stream).</summary>
    public async Task StageAsync(IBatchFiles files, string staging, CancellationToken cancel)
    {
        await uploads.WaitAsync(cancel).ConfigureAwait(false);
        byte[] block = _pending.WrittenSpan.ToArray();
        int number = _blocks++;
        string name = ChunkRecord.Name(bucket, Part);
        _bytes += block.Length;
        _pending.ResetWrittenCount();
        _staging.Add(Task.Run(async () =>
        {
            try
            {
                await files.StageAsync(staging, name, number, Gzip.Compress(block), cancel).ConfigureAwait(false);
            }
            finally
            {
                uploads.Release();
            }
        }, cancel));
    }

    /// <summary>Waits for the blocks in flight, whatever became of them (for a split given up).</summary>
    public Task SettleAsync() => Task.WhenAll(_staging).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    public async Task<ChunkRecord> CommitAsync(IBatchFiles files, string staging, bool last, CancellationToken cancel)
    {
        if (_pending.WrittenCount > 0)
        {
            await StageAsync(files, staging, cancel).ConfigureAwait(false);
        }

        await Task.WhenAll(_staging).ConfigureAwait(false);
        _staging.Clear();
        string name = ChunkRecord.Name(bucket, Part);
        await files.CommitAsync(staging, name, _blocks, cancel).ConfigureAwait(false);
        await files.WriteAsync(staging, name + ".lines", LineNumbers.Encode(Lines), cancel).ConfigureAwait(false);
        if (Duplicates.Count > 0)
        {
            await files.WriteAsync(staging, name + ".dups", LineNumbers.Encode(Duplicates), cancel).ConfigureAwait(false);
        }
        var chunk = new ChunkRecord("", bucket, Part, last, Lines.Count, _bytes, ChunkStatus.Pending);
        Part++;
        _blocks = 0;
        _bytes = 0;
        Lines.Clear();
        Duplicates.Clear();
        return chunk;
    }
}
