using SmartReview.Rules.History;

namespace SmartReview.Application.Ports;

/// <summary>
/// The stays of one person bucket as read, with the storage version it was read at (null: never written), and the
/// chunks whose stays it holds (<see cref="AppliedChunk"/> "batch/chunk=result", the most recent
/// <see cref="AppliedLimit"/>), so a chunk scored again after its stays were saved reuses that result.
/// </summary>
public sealed record StayBucket(int Bucket, IReadOnlyList<StayRecord> Stays, string? Version, IReadOnlyList<string> Applied)
{
    public const int AppliedLimit = 4096;

    public static string AppliedChunk(string batchId, string chunkId, string result) => $"{batchId}/{chunkId}={result}";

    /// <summary>The result name a chunk was applied with, or null when its stays are not in this bucket.</summary>
    public string? ResultOf(string batchId, string chunkId)
    {
        string prefix = $"{batchId}/{chunkId}=";
        return Applied.FirstOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }
}
