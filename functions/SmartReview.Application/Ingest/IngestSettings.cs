namespace SmartReview.Application.Ingest;

/// <summary>
/// How batches are cut: settlements go to one of <see cref="Buckets"/> buckets by person (so one person's stays are
/// always scored by one chunk at a time), and a bucket's settlements into parts of at most <see cref="PartLines"/>.
/// Changing <see cref="Buckets"/> re-cuts the stay history and needs a migration. The history keeps stays discharged
/// up to <see cref="HistoryRetentionDays"/> before the latest one of their bucket: claims arrive late and batches can
/// span a year, so this is far longer than any rule's window.
/// </summary>
public sealed record IngestSettings(int Buckets = 64, int PartLines = 2000, int BlockBytes = 1 << 20, int HistoryRetentionDays = 400);
