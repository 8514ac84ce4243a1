using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What a work list asks for: cases of a stage (optional only for one facility's own list), of a facility and of a
/// rule if given, at most <see cref="Take"/> of them, from where <see cref="Continuation"/> left off.
/// </summary>
public sealed record CaseQuery(Stage? Stage, string? FacilityId, string? RuleId, int Take, string? Continuation)
{
    /// <summary>The most a page may hold.</summary>
    public const int MaxTake = 200;
}
