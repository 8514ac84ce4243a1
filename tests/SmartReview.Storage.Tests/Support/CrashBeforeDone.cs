using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Tests.Support;

/// <summary>A batch store whose first attempt to mark each chunk done fails, as if the worker died right after saving the chunk's stays.</summary>
internal sealed class CrashBeforeDone(IBatchStore inner) : IBatchStore
{
    private readonly HashSet<string> _crashed = [];

    public int Crashes { get { lock (_crashed) { return _crashed.Count; } } }

    public Task SaveChunkAsync(ChunkRecord chunk, CancellationToken cancel)
    {
        lock (_crashed)
        {
            if (chunk.Status == ChunkStatus.Done && _crashed.Add(chunk.ChunkId))
            {
                throw new IOException($"worker died before {chunk.ChunkId} was marked done");
            }
        }

        return inner.SaveChunkAsync(chunk, cancel);
    }

    public Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancel) => inner.GetAsync(batchId, cancel);

    public Task SaveQueuedAsync(BatchRecord queued, CancellationToken cancel) => inner.SaveQueuedAsync(queued, cancel);

    public Task<IReadOnlyList<BatchRecord>> ListAsync(CancellationToken cancel) => inner.ListAsync(cancel);

    public Task<bool> TryCreateAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel) => inner.TryCreateAsync(batch, chunks, cancel);

    public Task<IReadOnlyList<ChunkRecord>> ChunksAsync(string batchId, CancellationToken cancel) => inner.ChunksAsync(batchId, cancel);

    public Task<ChunkRecord?> GetChunkAsync(string batchId, int bucket, int part, CancellationToken cancel) => inner.GetChunkAsync(batchId, bucket, part, cancel);

    public Task SaveAsync(BatchRecord batch, CancellationToken cancel) => inner.SaveAsync(batch, cancel);
}
