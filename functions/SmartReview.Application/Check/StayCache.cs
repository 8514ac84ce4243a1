using System.Collections.Concurrent;
using SmartReview.Application.History;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Rules.History;

namespace SmartReview.Application.Check;

/// <summary>
/// The stay history the real-time check reads: each person bucket loaded once and kept with its version (ETag), then
/// loaded again when it is older than <see cref="MaxAge"/>. A check therefore sees stays saved by batch scoring at most
/// <see cref="MaxAge"/> late; it never writes a bucket. Concurrent misses of one bucket share one load.
/// </summary>
public sealed class StayCache(IStayBuckets buckets, IngestSettings settings, TimeProvider clock)
{
    /// <summary>How stale a cached bucket may be before the next check of its person loads it again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, Lazy<Task<Entry>>> _entries = new();

    /// <summary>The history of the bucket <paramref name="personId"/> belongs to, at most <see cref="MaxAge"/> old.</summary>
    public async Task<IStayHistory> ForPersonAsync(string personId, CancellationToken cancel)
    {
        int bucket = PersonBuckets.Of(personId, settings.Buckets);
        Lazy<Task<Entry>> entry = _entries.GetOrAdd(bucket, Load);
        if (entry.Value.IsCompleted && (entry.Value.IsFaulted || clock.GetUtcNow() - entry.Value.Result.LoadedAt > MaxAge))
        {
            // One caller replaces the stale entry; the others read the old one until the new one is in.
            Lazy<Task<Entry>> fresh = Load(bucket);
            entry = _entries.TryUpdate(bucket, fresh, entry) ? fresh : _entries[bucket];
        }

        return (await entry.Value.WaitAsync(cancel).ConfigureAwait(false)).History;
    }

    private Lazy<Task<Entry>> Load(int bucket) => new(async () =>
    {
        StayBucket loaded = await buckets.LoadAsync(bucket, CancellationToken.None).ConfigureAwait(false);
        return new Entry(new BucketStayHistory(loaded, settings.HistoryRetentionDays), loaded.Version, clock.GetUtcNow());
    });

    private sealed record Entry(BucketStayHistory History, string? Version, DateTimeOffset LoadedAt);
}
