using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>A finished stay and the flags the pack must raise on it (none for a clean one).</summary>
internal sealed record BuiltStay(StayDraft Draft, IReadOnlyList<ExpectedFlag> Flags);
