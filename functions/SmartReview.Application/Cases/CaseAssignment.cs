using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Who works on a case now: a work-list note, not a decision. Claimed by <see cref="UserId"/> (or assigned to them by
/// <see cref="AssignedBy"/>) while the case is in <see cref="Stage"/>; it lapses when the case leaves that stage. It is
/// kept on the case row beside the state, never in the event log, and takes no part in the case's equality or replay.
/// </summary>
public sealed record CaseAssignment(string UserId, Stage Stage, DateTimeOffset AtUtc, string? AssignedBy = null);
