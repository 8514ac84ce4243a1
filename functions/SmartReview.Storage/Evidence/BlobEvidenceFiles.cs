using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Storage.Evidence;

/// <summary>
/// <see cref="IEvidenceFiles"/> on the evidence container: one blob per file at <c>{facility}/{case}/{id}</c>
/// (<see cref="EvidenceNames"/>), its type as the blob's content type, its display name percent-encoded in metadata
/// (metadata is ASCII only). A name not of the case asked about is never looked up.
/// </summary>
public sealed class BlobEvidenceFiles(StorageAccount account) : IEvidenceFiles
{
    private const string FileNameKey = "filename";
    private readonly BlobContainerClient _evidence = account.Evidence;

    public async Task<EvidenceRef> SaveAsync(CaseKey key, string fileName, string contentType, Stream content, CancellationToken cancel)
    {
        string name = EvidenceNames.New(key);
        long start = content.CanSeek ? content.Position : 0;
        await _evidence.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { [FileNameKey] = Uri.EscapeDataString(fileName) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancel).ConfigureAwait(false);
        return new EvidenceRef(name, fileName, contentType, content.CanSeek ? content.Position - start : (await FindAsync(key, name, cancel).ConfigureAwait(false))!.Bytes);
    }

    public async Task<EvidenceFile?> OpenAsync(CaseKey key, string blobName, CancellationToken cancel)
    {
        if (!EvidenceNames.IsOf(key, blobName))
        {
            return null;
        }

        try
        {
            BlobDownloadStreamingResult file = (await _evidence.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancel).ConfigureAwait(false)).Value;
            return new EvidenceFile(file.Content, file.Details.ContentType, FileName(file.Details.Metadata), file.Details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<EvidenceRef?> FindAsync(CaseKey key, string blobName, CancellationToken cancel)
    {
        if (!EvidenceNames.IsOf(key, blobName))
        {
            return null;
        }

        try
        {
            BlobProperties p = (await _evidence.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancel).ConfigureAwait(false)).Value;
            return new EvidenceRef(blobName, FileName(p.Metadata), p.ContentType, p.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string FileName(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(FileNameKey, out string? name) ? Uri.UnescapeDataString(name) : "evidence";
}
