using SmartReview.Rules.Indicators;

namespace SmartReview.Application.Ports;

/// <summary>
/// The stored facility-month indicator tallies: each batch's figures of each facility-month, kept under the batch's id
/// (so a batch completing twice replaces its own figures and never counts twice), and which indicator cases were opened.
/// </summary>
public interface IIndicatorTallies
{
    /// <summary>Stores <paramref name="batchId"/>'s figures of each facility-month, replacing what the same batch stored before.</summary>
    Task AddAsync(string batchId, IReadOnlyList<FacilityMonth> months, CancellationToken cancel);

    /// <summary>Every batch's figures of one facility's months (one record per batch and month), and the ids of its indicator cases.</summary>
    Task<StoredTally> ReadAsync(string facilityId, CancellationToken cancel);

    /// <summary>Notes that the indicator case <paramref name="caseId"/> of a facility-month is (being) opened; idempotent.</summary>
    Task MarkCaseAsync(string facilityId, string month, string caseId, CancellationToken cancel);
}
