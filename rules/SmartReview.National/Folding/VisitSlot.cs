using SmartReview.National.Rows;

namespace SmartReview.National.Folding;

/// <summary>A visit in the visit join: whether it is unusable (rejected) and whether a settlement has taken it.</summary>
internal sealed class VisitSlot(VisitRow row)
{
    public VisitRow Row { get; } = row;

    public bool Bad => Row.Error is not null;

    /// <summary>A settlement counts this visit row with its own fate (the first settlement, by row, that joins it).</summary>
    public bool Owned { get; set; }
}
