using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// Where a case sits in the sorted index: its stage and due instant (what can change; its facility, rule and amount at
/// stake never do). Null for a closed case, which has no rows.
/// </summary>
internal readonly record struct SortPlace(Stage Stage, DateTimeOffset? DueUtc)
{
    public static SortPlace? Of(ReviewCase c) => c.Stage == Stage.Closed ? null : new SortPlace(c.Stage, c.DueUtc);

    /// <summary>The place an index row names (its partition and row key), as an outbox row or a stale due entry keeps it.</summary>
    public static SortPlace? Of(string indexPartition, string indexRow) =>
        Enum.TryParse(indexPartition, out Stage stage) && stage != Stage.Closed ? new SortPlace(stage, Due(IndexRows.DueOf(indexRow))) : null;

    private static DateTimeOffset? Due(DateTimeOffset due) => due.UtcTicks == DateTimeOffset.MaxValue.UtcTicks ? null : due;
}
