using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Batches;

/// <summary><see cref="IBatchFiles"/> on two containers: uploads as they came, and one folder per ingest run for chunk files and outputs.</summary>
public sealed class BlobBatchFiles(StorageAccount account) : IBatchFiles
{
    private readonly BlobContainerClient _uploads = account.Uploads;
    private readonly BlobContainerClient _files = account.BatchFiles;

    public Task SaveUploadAsync(string upload, Stream content, CancellationToken cancel) =>
        _uploads.GetBlobClient(upload).UploadAsync(content, overwrite: true, cancel);

    public async Task<Stream> OpenUploadAsync(string upload, CancellationToken cancel) =>
        (await _uploads.GetBlobClient(upload).DownloadStreamingAsync(cancellationToken: cancel).ConfigureAwait(false)).Value.Content;

    public async Task StageAsync(string staging, string chunkId, int block, ReadOnlyMemory<byte> data, CancellationToken cancel)
    {
        using var content = new MemoryStream(data.ToArray(), writable: false);
        await Block(staging, chunkId).StageBlockAsync(BlockId(block), content, cancellationToken: cancel).ConfigureAwait(false);
    }

    public Task CommitAsync(string staging, string chunkId, int blocks, CancellationToken cancel) =>
        Block(staging, chunkId).CommitBlockListAsync(Enumerable.Range(0, blocks).Select(BlockId), cancellationToken: cancel);

    public async Task<Stream> OpenChunkAsync(string staging, string chunkId, CancellationToken cancel) =>
        (await Blob(staging, chunkId).DownloadStreamingAsync(cancellationToken: cancel).ConfigureAwait(false)).Value.Content;

    public Task WriteAsync(string staging, string name, ReadOnlyMemory<byte> data, CancellationToken cancel) =>
        Blob(staging, name).UploadAsync(BinaryData.FromBytes(data), overwrite: true, cancel);

    public Task UploadAsync(string staging, string name, Stream content, CancellationToken cancel) =>
        Blob(staging, name).UploadAsync(content, overwrite: true, cancel);

    public async Task<byte[]?> ReadAsync(string staging, string name, CancellationToken cancel)
    {
        try
        {
            return (await Blob(staging, name).DownloadContentAsync(cancel).ConfigureAwait(false)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<Stream?> OpenAsync(string staging, string name, CancellationToken cancel)
    {
        try
        {
            return (await Blob(staging, name).DownloadStreamingAsync(cancellationToken: cancel).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteFolderAsync(string staging, CancellationToken cancel)
    {
        await foreach (BlobItem item in _files.GetBlobsAsync(BlobTraits.None, BlobStates.None, staging + "/", cancel).ConfigureAwait(false))
        {
            await _files.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Lists the names under a folder, for tests and tools.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string staging, CancellationToken cancel)
    {
        var names = new List<string>();
        await foreach (BlobItem item in _files.GetBlobsAsync(BlobTraits.None, BlobStates.None, staging + "/", cancel).ConfigureAwait(false))
        {
            names.Add(item.Name[(staging.Length + 1)..]);
        }

        return names;
    }

    private BlobClient Blob(string staging, string name) => _files.GetBlobClient($"{staging}/{name}");

    private BlockBlobClient Block(string staging, string name) => _files.GetBlockBlobClient($"{staging}/{name}");

    private static string BlockId(int block) => Convert.ToBase64String(Encoding.ASCII.GetBytes(block.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));
}
