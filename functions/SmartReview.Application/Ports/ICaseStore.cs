using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Application.Ports;

/// <summary>Cases with their events and ledger entries; a case and everything one decision writes are stored atomically.</summary>
public interface ICaseStore
{
    /// <summary>Stores each case with its opening event unless the case exists already; returns how many were new.</summary>
    Task<int> OpenAsync(IReadOnlyList<OpenedCase> cases, CancellationToken cancel);

    Task<StoredCase?> GetAsync(CaseKey key, CancellationToken cancel);

    /// <summary>
    /// Writes the new state, appends the events and books the postings in one transaction, only if the case is still at
    /// <see cref="StoredCase.Version"/>; false when someone else changed it first (nothing is written then).
    /// </summary>
    Task<bool> CommitAsync(StoredCase before, ReviewCase after, IReadOnlyList<CaseEvent> events, IReadOnlyList<LedgerPosting> postings,
        CancellationToken cancel);

    Task<IReadOnlyList<CaseEvent>> EventsAsync(CaseKey key, CancellationToken cancel);

    /// <summary>The ledger entries of one facility, optionally of one month (yyyy-MM).</summary>
    Task<IReadOnlyList<LedgerPosting>> LedgerAsync(string facilityId, string? month, CancellationToken cancel);

    /// <summary>Cases of a stage whose deadline is at or before <paramref name="nowUtc"/>, from the index (may be stale: check the case).</summary>
    IAsyncEnumerable<DueEntry> DueAsync(Stage stage, DateTimeOffset nowUtc, CancellationToken cancel);

    /// <summary>The earliest deadline of a stage after <paramref name="nowUtc"/> in the index, or null when none.</summary>
    Task<DateTimeOffset?> NextDueAsync(Stage stage, DateTimeOffset nowUtc, CancellationToken cancel);

    /// <summary>Drops an index row found stale and writes the case's current one.</summary>
    Task ReindexAsync(DueEntry stale, CancellationToken cancel);

    /// <summary>Finishes the index updates that decisions left undone (a crash between commit and index update); returns how many.</summary>
    Task<int> RepairIndexAsync(CancellationToken cancel);
}
