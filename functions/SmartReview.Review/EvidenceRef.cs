namespace SmartReview.Review;

/// <summary>A document the facility attached, by the name it is stored under.</summary>
public sealed record EvidenceRef(string BlobName, string FileName, string ContentType, long Bytes);
