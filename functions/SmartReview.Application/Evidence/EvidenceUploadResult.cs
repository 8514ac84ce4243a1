using SmartReview.Review;

namespace SmartReview.Application.Evidence;

/// <summary>
/// What an upload did: the saved file's reference, or why nothing was saved: the <see cref="Field"/> at fault
/// ("file", "contentType", "content", "stage") and a message naming the file, e.g. "file 'x.exe': type
/// application/x-msdownload is not allowed (pdf, png, jpeg)".
/// </summary>
public sealed record EvidenceUploadResult(EvidenceUploadStatus Status, EvidenceRef? Evidence, string? Field, string? Error)
{
    public bool Ok => Status == EvidenceUploadStatus.Saved;

    public static EvidenceUploadResult NotFound { get; } = new(EvidenceUploadStatus.NotFound, null, "key", "no such case");

    public static EvidenceUploadResult Refused(EvidenceUploadStatus status, string field, string error) => new(status, null, field, error);
}
