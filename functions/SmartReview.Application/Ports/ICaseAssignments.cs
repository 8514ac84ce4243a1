using SmartReview.Application.Cases;

namespace SmartReview.Application.Ports;

/// <summary>Who works on which case: claims kept on the case row (guarded by its version) and shown in the case index.</summary>
public interface ICaseAssignments
{
    /// <summary>
    /// Sets <paramref name="claim"/> on the case (null clears it), only if the case is still at
    /// <see cref="StoredCase.Version"/>; false when someone else changed it first (nothing is written then). The index
    /// row of the case is updated after, as a hint.
    /// </summary>
    Task<bool> SetAsync(StoredCase seen, CaseAssignment? claim, CancellationToken cancel);
}
