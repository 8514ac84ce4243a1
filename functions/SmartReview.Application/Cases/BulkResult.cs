namespace SmartReview.Application.Cases;

/// <summary>A bulk decision's answer: one item per distinct key asked for, in the order asked, or why none was tried.</summary>
public sealed record BulkResult(BulkStatus Status, IReadOnlyList<BulkItem> Items, string? Problem)
{
    public static BulkResult Refused(BulkStatus status, string problem) => new(status, [], problem);
}
