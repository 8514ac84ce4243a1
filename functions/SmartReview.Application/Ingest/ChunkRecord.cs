namespace SmartReview.Application.Ingest;

/// <summary>
/// One chunk of a batch: part <see cref="Part"/> of the settlements whose person falls in <see cref="Bucket"/>.
/// Parts of one bucket are scored one after another (each enqueues the next), buckets in parallel.
/// </summary>
public sealed record ChunkRecord(string BatchId, int Bucket, int Part, bool Last, long Lines, long Bytes, ChunkStatus Status)
{
    public string ChunkId => Name(Bucket, Part);

    public BatchTotals Totals { get; init; } = BatchTotals.Zero;

    public string? Error { get; init; }

    /// <summary>Once done: the name of the result its files carry ("{chunk}.{result}.flags.jsonl", ".rejects.jsonl", ".result.json").</summary>
    public string? Result { get; init; }

    /// <summary>The bucket of a national extract's own rejects (rows that made no accepted settlement): a chunk done at ingest.</summary>
    public const int ExtractBucket = -1;

    /// <summary>The result name of the extract's chunk: its rejects are "{chunk}.extract.rejects.jsonl".</summary>
    public const string ExtractResult = "extract";

    public static string Name(int bucket, int part) => bucket == ExtractBucket ? "extract" : $"b{bucket:D3}-p{part:D4}";
}
