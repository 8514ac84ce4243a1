using System.Globalization;
using Azure.Data.Tables;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// "o|case|version": written in a decision's transaction, deleted once the case index is updated; what is left
/// after a crash names the index row to remove, and <see cref="TableCaseStore.RepairIndexAsync"/> finishes the job.
/// </summary>
internal static class OutboxRows
{
    public const string Prefix = "o|";

    public static string Row(ReviewCase after) => $"{Prefix}{Keys.Safe(after.CaseId)}|{after.Version.ToString("D5", CultureInfo.InvariantCulture)}";

    public static TableEntity Of(ReviewCase before, ReviewCase after) => new(CaseRows.Partition(after.Flag.FacilityId), Row(after))
    {
        ["CaseId"] = after.CaseId,
        ["OldIndexPartition"] = before.Stage.ToString(),
        ["OldIndexRow"] = IndexRows.Row(before),
    };
}
