using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// Keeps the sorted index (<see cref="SortRows"/>) and its counters (<see cref="CountRows"/>) in step with the case,
/// after the case row is written, like the case index. A case entering a stage adds its rows and counts +1 in one
/// transaction; leaving it deletes them and counts -1 in one transaction. So a count changes exactly when the rows
/// do: done twice (a repair from the outbox, a chunk delivered again), the add meets rows already there (409) or the
/// delete rows already gone (404), and that case is skipped. A counter changed meanwhile (412, or 409 on a new one)
/// makes the transaction read the counters again and retry.
/// </summary>
internal sealed class SortIndex(TableClient table)
{
    private const int CasesPerTransaction = 7; // 7 × 8 rows + at most 1 + 3 × 7 counters < 100 operations
    private const int MaxAttempts = 40;

    /// <summary>Adds the rows of newly opened cases and counts them; a case whose rows are there already is skipped.</summary>
    public async Task OpenAsync(IEnumerable<ReviewCase> cases, CancellationToken cancel)
    {
        foreach (IGrouping<Stage, ReviewCase> stage in cases.Where(c => c.Stage != Stage.Closed).GroupBy(c => c.Stage))
        {
            foreach (ReviewCase[] group in stage.Chunk(CasesPerTransaction))
            {
                await SubmitCountedAsync(stage.Key, [.. group.Select(c => Change.Add(c, null))], cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Moves a case from <paramref name="from"/> (its rows there, if any) to where <paramref name="to"/> is now, with
    /// <paramref name="claim"/> on its rows. Within one stage only the keys move; across stages the counts move too.
    /// </summary>
    public async Task MoveAsync(SortPlace? from, ReviewCase to, CaseAssignment? claim, CancellationToken cancel)
    {
        SortPlace? place = SortPlace.Of(to);
        if (from is { } old && place is { } now && old.Stage == now.Stage)
        {
            await ReplaceAsync(SortRows.Keys(old, to.Flag, to.CaseId), SortRows.Of(to, claim), cancel).ConfigureAwait(false);
            return;
        }

        if (from is { } left)
        {
            await SubmitCountedAsync(left.Stage, [Change.Remove(left, to)], cancel).ConfigureAwait(false);
        }

        if (place is { } entered)
        {
            foreach (Change skipped in await SubmitCountedAsync(entered.Stage, [Change.Add(to, claim)], cancel).ConfigureAwait(false))
            {
                await ReplaceAsync([], skipped.Rows, cancel).ConfigureAwait(false); // there already: refresh the columns
            }
        }
    }

    /// <summary>Who holds the case, on each of its rows that exists (an update, never an insert).</summary>
    public async Task AssignAsync(ReviewCase c, string? assignee, CancellationToken cancel)
    {
        if (SortPlace.Of(c) is not { } place)
        {
            return;
        }

        await Task.WhenAll(SortRows.Keys(place, c.Flag, c.CaseId).Select(async row =>
        {
            try
            {
                await table.UpdateEntityAsync(new TableEntity(place.Stage.ToString(), row) { [AssignmentColumns.AssigneeId] = assignee ?? "" }, ETag.All,
                    TableUpdateMode.Merge, cancel).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
        })).ConfigureAwait(false);
    }

    /// <summary>Old keys out and new rows in, one stage, counts unchanged; rows already gone are let be.</summary>
    private async Task ReplaceAsync(string[] oldKeys, TableEntity[] rows, CancellationToken cancel)
    {
        if (rows.Length == 0)
        {
            return;
        }

        string partition = rows[0].PartitionKey;
        string[] gone = [.. oldKeys.Except(rows.Select(r => r.RowKey), StringComparer.Ordinal)];
        List<TableTransactionAction> actions = [.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))];
        try
        {
            await table.SubmitTransactionAsync([.. gone.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, k), ETag.All)), .. actions],
                cancel).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            await Task.WhenAll(gone.Select(k => DeleteIfExistsAsync(partition, k, cancel))).ConfigureAwait(false);
            await table.SubmitTransactionAsync(actions, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Submits changes of one stage with their counts; returns those skipped because they were done already.</summary>
    private async Task<List<Change>> SubmitCountedAsync(Stage stage, List<Change> changes, CancellationToken cancel)
    {
        var skipped = new List<Change>();
        string partition = stage.ToString();
        for (int attempt = 1; changes.Count > 0; attempt++)
        {
            int shard = Random.Shared.Next(CountRows.Shards);
            Dictionary<string, long> deltas = changes.SelectMany(c => CountRows.For(c.FacilityId, c.RuleId, shard).Select(row => (row, c.Delta)))
                .GroupBy(d => d.row, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(d => (long)d.Delta), StringComparer.Ordinal);
            TableTransactionAction[] counters = await Task.WhenAll(deltas.Select(d => CounterActionAsync(partition, d.Key, d.Value, cancel))).ConfigureAwait(false);
            TableTransactionAction[] rows = [.. changes.SelectMany(c => c.Actions)];
            try
            {
                await table.SubmitTransactionAsync([.. rows, .. counters], cancel).ConfigureAwait(false);
                return skipped;
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 409 && e.FailedTransactionActionIndex is int failed && failed < rows.Length)
            {
                Change done = Owner(changes, failed);
                changes.Remove(done);
                skipped.Add(done);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancel).ConfigureAwait(false);
            }
        }

        return skipped;
    }

    private async Task<TableTransactionAction> CounterActionAsync(string partition, string row, long delta, CancellationToken cancel)
    {
        NullableResponse<TableEntity> current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, [CountRows.Count], cancel).ConfigureAwait(false);
        return current.HasValue
            ? new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(partition, row) { [CountRows.Count] = (current.Value!.GetInt64(CountRows.Count) ?? 0) + delta }, current.Value.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, row) { [CountRows.Count] = delta });
    }

    private static Change Owner(List<Change> changes, int action)
    {
        foreach (Change c in changes)
        {
            if (action < c.Actions.Length)
            {
                return c;
            }

            action -= c.Actions.Length;
        }

        throw new ArgumentOutOfRangeException(nameof(action));
    }

    private async Task DeleteIfExistsAsync(string partition, string row, CancellationToken cancel)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancel).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>One case entering (+1: add its rows) or leaving (-1: delete them) a stage.</summary>
    private sealed record Change(string FacilityId, string RuleId, int Delta, TableEntity[] Rows, TableTransactionAction[] Actions)
    {
        public static Change Add(ReviewCase c, CaseAssignment? claim)
        {
            TableEntity[] rows = SortRows.Of(c, claim);
            return new Change(c.Flag.FacilityId, c.Flag.RuleId, 1, rows, [.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r))]);
        }

        public static Change Remove(SortPlace from, ReviewCase c) => new(c.Flag.FacilityId, c.Flag.RuleId, -1, [],
            [.. SortRows.Keys(from, c.Flag, c.CaseId).Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(from.Stage.ToString(), k), ETag.All))]);
    }
}
