using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Cases;

/// <summary>
/// <see cref="ICaseAssignments"/>: the claim's columns merged into the case row if its ETag still matches, then into the
/// case's index rows (and their sorted copies) if they are still there (an update, never an insert: a decision may have moved the case
/// meanwhile, and its old index row must not come back).
/// </summary>
public sealed class TableCaseAssignments(StorageAccount account, TimeProvider clock) : ICaseAssignments
{
    private readonly TableClient _cases = account.Cases;
    private readonly TableClient _index = account.CaseIndex;
    private readonly SortIndex _sorted = new(account.CaseSort);

    public async Task<bool> SetAsync(StoredCase seen, CaseAssignment? claim, CancellationToken cancel)
    {
        TableEntity row = AssignmentColumns.Merge(CaseRows.Partition(seen.Case.Flag.FacilityId), CaseRows.CaseRow(seen.Case.CaseId), claim, clock.GetUtcNow());
        try
        {
            await _cases.UpdateEntityAsync(row, new ETag(seen.Version), TableUpdateMode.Merge, cancel).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }

        if (IndexRows.Of(seen.Case) is { } index)
        {
            try
            {
                await _index.UpdateEntityAsync(new TableEntity(index.PartitionKey, index.RowKey) { [AssignmentColumns.AssigneeId] = claim?.UserId ?? "" },
                    ETag.All, TableUpdateMode.Merge, cancel).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }

            await _sorted.AssignAsync(seen.Case, claim?.UserId, cancel).ConfigureAwait(false);
        }

        return true;
    }
}
