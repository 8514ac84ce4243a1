using SmartReview.Rules.History;

namespace SmartReview.Application.Ports;

/// <summary>
/// The history of stays, cut into buckets by person. A bucket is read with a version and written back only if
/// nobody wrote it in between, which makes admitting a chunk's stays atomic across processes.
/// </summary>
public interface IStayBuckets
{
    Task<StayBucket> LoadAsync(int bucket, CancellationToken cancel);

    /// <summary>Writes the bucket if its version is still <see cref="StayBucket.Version"/>; false when someone else wrote first.</summary>
    Task<bool> TrySaveAsync(StayBucket bucket, CancellationToken cancel);
}
