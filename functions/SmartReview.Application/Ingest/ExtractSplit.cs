namespace SmartReview.Application.Ingest;

/// <summary>
/// A national extract cut into chunks: the split of its folded settlements, with the hash and size of the uploaded
/// zip (so the batch id is the upload's, as <see cref="BatchUpload"/> computes it), the rows per table, and the
/// extract's own rejects as a chunk already done; or, with <see cref="Unreadable"/>, why the whole zip, read to its end,
/// could not be folded (no chunks then).
/// </summary>
internal sealed record ExtractSplit(SplitResult Split, IReadOnlyList<TableTally> Tables, string? Unreadable = null);
