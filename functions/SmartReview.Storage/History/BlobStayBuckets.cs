using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SmartReview.Application.Ports;
using SmartReview.Rules.History;

namespace SmartReview.Storage.History;

/// <summary>
/// <see cref="IStayBuckets"/> as one JSON blob per bucket; the blob's ETag is the version, and a write is conditional
/// on it (or on the blob not existing yet), so two writers of one bucket cannot both win.
/// </summary>
public sealed class BlobStayBuckets(StorageAccount account) : IStayBuckets
{
    private readonly BlobContainerClient _container = account.History;

    public async Task<StayBucket> LoadAsync(int bucket, CancellationToken cancel)
    {
        try
        {
            BlobDownloadResult blob = (await Blob(bucket).DownloadContentAsync(cancel).ConfigureAwait(false)).Value;
            BucketFile file = JsonSerializer.Deserialize(blob.Content.ToMemory().Span, StorageJsonContext.Default.BucketFile)!;
            return new StayBucket(bucket, file.Stays, blob.Details.ETag.ToString(), file.Applied);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new StayBucket(bucket, [], null, []);
        }
    }

    public async Task<bool> TrySaveAsync(StayBucket bucket, CancellationToken cancel)
    {
        var conditions = bucket.Version is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(bucket.Version) };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new BucketFile(bucket.Applied, bucket.Stays), StorageJsonContext.Default.BucketFile);
        try
        {
            await Blob(bucket.Bucket).UploadAsync(BinaryData.FromBytes(json), new BlobUploadOptions { Conditions = conditions }, cancel).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private BlobClient Blob(int bucket) => _container.GetBlobClient($"bucket-{bucket.ToString("D4", CultureInfo.InvariantCulture)}.json");
}
