namespace SmartReview.Application.Cases;

/// <summary>
/// A page of a work list, and the token that reads the next one (null on the last page); <see cref="Total"/> is how
/// many the whole list holds, when it was counted.
/// </summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, string? Continuation)
{
    public QueueCount? Total { get; init; }
}
