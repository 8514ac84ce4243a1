using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// A claim's columns: on the case row ClaimedBy, ClaimStage, ClaimedUtc, AssignedBy (ClaimedBy "" = released); on
/// the index row AssigneeId ("" or absent = nobody). A claim whose stage is not the case's stage has lapsed.
/// </summary>
internal static class AssignmentColumns
{
    public const string ClaimedBy = "ClaimedBy";
    public const string ClaimStage = "ClaimStage";
    public const string ClaimedUtc = "ClaimedUtc";
    public const string AssignedBy = "AssignedBy";
    public const string AssigneeId = "AssigneeId";

    /// <summary>The case row with the claim's columns set; nothing added for no claim (the row is written whole).</summary>
    public static TableEntity On(TableEntity caseRow, CaseAssignment? claim)
    {
        if (claim is not null)
        {
            Set(caseRow, claim, claim.AtUtc);
        }

        return caseRow;
    }

    /// <summary>Just the claim's columns of a case row, to merge into it; a release writes them empty.</summary>
    public static TableEntity Merge(string partition, string row, CaseAssignment? claim, DateTimeOffset nowUtc) =>
        Set(new TableEntity(partition, row), claim, nowUtc);

    /// <summary>The claim on a case row, if it was made in the case's current stage.</summary>
    public static CaseAssignment? Read(TableEntity caseRow, Stage current) =>
        caseRow.GetString(ClaimedBy) is { Length: > 0 } user && caseRow.GetString(ClaimStage) == current.ToString()
            ? new CaseAssignment(user, current, caseRow.GetDateTimeOffset(ClaimedUtc) ?? DateTimeOffset.MinValue, NullIfEmpty(caseRow.GetString(AssignedBy)))
            : null;

    /// <summary>The index row with who holds the case (nothing added for nobody).</summary>
    public static TableEntity? OnIndex(TableEntity? indexRow, CaseAssignment? claim)
    {
        if (indexRow is not null && claim is not null)
        {
            indexRow[AssigneeId] = claim.UserId;
        }

        return indexRow;
    }

    public static string? Assignee(TableEntity indexRow) => NullIfEmpty(indexRow.GetString(AssigneeId));

    private static TableEntity Set(TableEntity row, CaseAssignment? claim, DateTimeOffset atUtc)
    {
        row[ClaimedBy] = claim?.UserId ?? "";
        row[ClaimStage] = claim?.Stage.ToString() ?? "";
        row[ClaimedUtc] = claim?.AtUtc ?? atUtc;
        row[AssignedBy] = claim?.AssignedBy ?? "";
        return row;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
