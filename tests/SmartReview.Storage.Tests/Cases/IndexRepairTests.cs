using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

public sealed class IndexRepairTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Crash_BetweenCommitAndIndexUpdate_IsRepairedFromTheOutbox()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync("H33010000001");
        TableEntity openedIndex = Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.FirstReview)));
        await rig.DoAsync(key, new ConfirmFlag(50m, "确认"), Reviewer1);
        // Put storage back into the state a crash right after the commit leaves: old index row, no new one, outbox row kept.
        TableEntity newIndex = Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.Appeal)));
        await rig.Account.CaseIndex.DeleteEntityAsync(newIndex.PartitionKey, newIndex.RowKey, cancellationToken: Ct);
        await rig.Account.CaseIndex.AddEntityAsync(openedIndex, Ct);
        await rig.Account.Cases.AddEntityAsync(new TableEntity(key.FacilityId, $"o|{key.CaseId}|00002")
        {
            ["CaseId"] = key.CaseId, ["OldIndexPartition"] = openedIndex.PartitionKey, ["OldIndexRow"] = openedIndex.RowKey,
        }, Ct);

        int repaired = await rig.Store.RepairIndexAsync(Ct);

        Assert.Equal(1, repaired);
        Assert.Empty(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.FirstReview)));
        Assert.Equal(newIndex.RowKey, Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.Appeal))).RowKey);
        Assert.Empty(await TableScan.RowsAsync(rig.Account.Cases, "o|"));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
