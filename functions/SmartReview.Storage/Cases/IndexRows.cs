using System.Globalization;
using Azure.Data.Tables;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// The case index: partition = stage, row = due time (UTC ticks) | facility | case, so a work queue is one range
/// read in due order and the deadline sweep reads one range per stage up to now. Closed cases leave the index.
/// </summary>
internal static class IndexRows
{
    public static string Row(ReviewCase c) =>
        $"{(c.DueUtc ?? DateTimeOffset.MaxValue).UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{Keys.Safe(c.Flag.FacilityId)}|{Keys.Safe(c.CaseId)}";

    public static TableEntity? Of(ReviewCase c) => c.Stage == Stage.Closed ? null : new TableEntity(c.Stage.ToString(), Row(c))
    {
        ["FacilityId"] = c.Flag.FacilityId,
        ["CaseId"] = c.CaseId,
        ["RuleId"] = c.Flag.RuleId,
        ["DueUtc"] = c.DueUtc,
        ["AmountAtStakeFen"] = Fen.Of(c.Flag.AmountAtStake),
        ["AmountFen"] = c.Amount is { } a ? Fen.Of(a) : null,
        ["Escalated"] = c.Escalated,
        ["Version"] = c.Version,
    };

    /// <summary>The row-key bound below which every case is due strictly before <paramref name="dueUtc"/>.</summary>
    public static string Before(DateTimeOffset dueUtc) => dueUtc.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The due instant an index row key starts with.</summary>
    public static DateTimeOffset DueOf(string row) => new(long.Parse(row.AsSpan(0, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static string UpTo(DateTimeOffset nowUtc) => nowUtc.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "}";
}
