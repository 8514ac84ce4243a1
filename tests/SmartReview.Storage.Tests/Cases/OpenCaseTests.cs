using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Cases;

public sealed class OpenCaseTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Open_SameFlagTwiceInOneCall_OpensOneCase()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var flag = new FlagSummary("F000000000000000000000001", "S1", "H33010000009", "P1", "SR-001", "starter@test", false, 12.5m, ["0001"],
            "测试", "test", null, null, new DateOnly(2024, 3, 1));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, rig.Clock.Now, rig.Settings, WorkingCalendar.China);

        int first = await rig.Store.OpenAsync([new OpenedCase(c, opened), new OpenedCase(c, opened)], Ct);
        int again = await rig.Store.OpenAsync([new OpenedCase(c, opened)], Ct);

        Assert.Equal(1, first);
        Assert.Equal(0, again);
        Assert.Single(await TableScan.RowsAsync(rig.Account.Cases, "c|"));
        Assert.Single(await rig.Store.EventsAsync(new CaseKey(flag.FacilityId, flag.FlagId), Ct));
        Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.FirstReview)));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
