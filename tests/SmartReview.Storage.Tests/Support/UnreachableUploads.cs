using Azure;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Tests.Support;

/// <summary>
/// Batch files whose uploads cannot be opened the first <paramref name="failures"/> times (all times by default), as if
/// storage were unreachable; everything else goes to <paramref name="inner"/>. Counts the attempts.
/// </summary>
internal sealed class UnreachableUploads(IBatchFiles inner, int failures = int.MaxValue) : IBatchFiles
{
    private int _opens;

    public int Opens => Volatile.Read(ref _opens);

    public Task<Stream> OpenUploadAsync(string upload, CancellationToken cancel) => Interlocked.Increment(ref _opens) <= failures
        ? throw new RequestFailedException(503, "storage unreachable")
        : inner.OpenUploadAsync(upload, cancel);

    public Task SaveUploadAsync(string upload, Stream content, CancellationToken cancel) => inner.SaveUploadAsync(upload, content, cancel);

    public Task StageAsync(string staging, string chunkId, int block, ReadOnlyMemory<byte> data, CancellationToken cancel) =>
        inner.StageAsync(staging, chunkId, block, data, cancel);

    public Task CommitAsync(string staging, string chunkId, int blocks, CancellationToken cancel) => inner.CommitAsync(staging, chunkId, blocks, cancel);

    public Task<Stream> OpenChunkAsync(string staging, string chunkId, CancellationToken cancel) => inner.OpenChunkAsync(staging, chunkId, cancel);

    public Task WriteAsync(string staging, string name, ReadOnlyMemory<byte> data, CancellationToken cancel) => inner.WriteAsync(staging, name, data, cancel);

    public Task UploadAsync(string staging, string name, Stream content, CancellationToken cancel) => inner.UploadAsync(staging, name, content, cancel);

    public Task<byte[]?> ReadAsync(string staging, string name, CancellationToken cancel) => inner.ReadAsync(staging, name, cancel);

    public Task<Stream?> OpenAsync(string staging, string name, CancellationToken cancel) => inner.OpenAsync(staging, name, cancel);

    public Task DeleteFolderAsync(string staging, CancellationToken cancel) => inner.DeleteFolderAsync(staging, cancel);
}
