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
    /// <summary>The due instant as the row key writes it (UTC ticks, 19 digits): exact to compare as text, where a date column may keep milliseconds only.</summary>
    public const string DueKey = "DueKey";

    public static string Row(ReviewCase c) =>
        $"{(c.DueUtc ?? DateTimeOffset.MaxValue).UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{Keys.Safe(c.Flag.FacilityId)}|{Keys.Safe(c.CaseId)}";

    public static TableEntity? Of(ReviewCase c) => c.Stage == Stage.Closed ? null : Columns(c.Stage.ToString(), Row(c), c);

    /// <summary>A row with what a work list shows and filters on: the index row or one of its sorted copies (<see cref="SortRows"/>).</summary>
    public static TableEntity Columns(string partition, string row, ReviewCase c) => new(partition, row)
    {
        ["FacilityId"] = c.Flag.FacilityId,
        ["CaseId"] = c.CaseId,
        ["RuleId"] = c.Flag.RuleId,
        ["Origin"] = c.Flag.Source.ToString(),
        ["SettlementId"] = c.Flag.SettlementId,
        ["PersonId"] = c.Flag.PersonId,
        ["DueUtc"] = c.DueUtc,
        [DueKey] = Before(c.DueUtc ?? DateTimeOffset.MaxValue),
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
