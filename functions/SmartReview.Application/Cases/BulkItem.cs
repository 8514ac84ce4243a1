using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>How one case of a bulk decision ended: done, not found, refused (with the review flow's reason) or conflict.</summary>
public sealed record BulkItem(string Key, CommandStatus Status, Rejection? Rejection);
