using Azure.Data.Tables;
using SmartReview.Application.Ingest;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Storage.History;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// What a finished batch must look like however many processes scored it and however often they died: counts that
/// reconcile, exactly one case per flag the in-process scoring finds, one opening event per case, and no stay twice in
/// the history.
/// </summary>
internal static class ExactOutcome
{
    public static async Task AssertAsync(StorageAccount account, BatchRecord batch, int lines, int buckets, IReadOnlyList<Flag> flags, IReadOnlyList<Reject> rejects)
    {
        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(lines, batch.Totals.Received);
        Assert.Equal(batch.Totals.Received, batch.Totals.Accepted + batch.Totals.Rejected);
        Assert.Equal(rejects.Count, batch.Totals.Rejected);
        Assert.Equal(flags.Count, batch.Totals.Flags);
        Assert.Equal(flags.Sum(f => f.Amount), batch.Totals.AmountAtStake);

        List<TableEntity> cases = await TableScan.RowsAsync(account.Cases, "c|");
        Assert.Equal(flags.Select(f => f.Id).Order(), cases.Select(c => c.RowKey[2..]).Order());

        List<TableEntity> events = await TableScan.RowsAsync(account.Cases, "e|");
        var eventsPerCase = events.GroupBy(e => e.RowKey[2..e.RowKey.LastIndexOf('|')]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(cases.Select(c => c.RowKey[2..]).Order(), eventsPerCase.Keys.Order());
        Assert.All(eventsPerCase, e => Assert.Equal(1, e.Value));

        var stays = new BlobStayBuckets(account);
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            var held = (await stays.LoadAsync(bucket, CancellationToken.None)).Stays;
            Assert.Equal(held.Count, held.Select(s => s.SettlementId).Distinct().Count());
        }
    }
}
