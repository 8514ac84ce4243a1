using SmartReview.National.Rows;

namespace SmartReview.National.Folding;

/// <summary>The row that sinks a settlement and why; the settlement's other rows are rejected with it.</summary>
internal sealed record Culprit(NationalTable Table, RowRef At, RowError Error);
