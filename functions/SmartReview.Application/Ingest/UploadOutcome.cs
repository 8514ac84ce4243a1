namespace SmartReview.Application.Ingest;

/// <summary>
/// What became of an upload: queued as batch <see cref="BatchId"/>; or already that batch (<see cref="Existing"/>: its
/// status), queued for nothing; or refused as <see cref="Corrupt"/> (the reason), queued for nothing.
/// </summary>
public sealed record UploadOutcome(string Upload, string? BatchId, BatchStatus? Existing = null, string? Corrupt = null);
