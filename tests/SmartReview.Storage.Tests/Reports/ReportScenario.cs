using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>
/// Seven cases driven through the flow in March 2024 (China time), one corrected in April, two left open, and two
/// batch rows: the figures every dashboard test checks.
/// A: c1 SR-001 1,000 confirmed 800 and accepted; c2 SR-001 500 dismissed; c3 SR-002 2,000 definite, appealed,
/// overturned; c6 SR-001 400 definite, left in the appeal window. B: c4 SR-002 3,000 confirmed 3,000, appealed,
/// adjusted to 1,200, accepted, corrected in April to 1,500; c5 SR-001 100 left in first review; c7 SR-002 600
/// confirmed, appealed, upheld, accepted.
/// </summary>
internal static class ReportScenario
{
    public const string A = "H33010000001";
    public const string B = "H33010000002";

    /// <summary>When the dashboard is built: Monday 2024-04-15 10:00 China time, six weeks on.</summary>
    public static DateTimeOffset AsOf { get; } = new(2024, 4, 15, 2, 0, 0, TimeSpan.Zero);

    public static async Task<CaseRig> SeedAsync(AzuriteFixture azurite)
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        Actor facilityA = Facility(A), facilityB = Facility(B);

        CaseKey c1 = await rig.OpenAsync(A, 1000m);
        CaseKey c2 = await rig.OpenAsync(A, 500m);
        CaseKey c3 = await rig.OpenAsync(A, 2000m, definite: true, rule: "SR-002");
        CaseKey c4 = await rig.OpenAsync(B, 3000m, rule: "SR-002");
        await rig.OpenAsync(B, 100m);
        await rig.OpenAsync(A, 400m, definite: true);
        CaseKey c7 = await rig.OpenAsync(B, 600m, rule: "SR-002");

        rig.Clock.Now += TimeSpan.FromHours(2);
        await Do(rig, c1, new ConfirmFlag(800m, "超标准收费"), Reviewer1);
        await Do(rig, c1, new AcceptDecision(null), facilityA);
        await Do(rig, c1, new FinaliseDecision("维持"), Supervisor);

        await Do(rig, c2, new DismissFlag("合理收费"), Reviewer1);
        await Do(rig, c2, new FinaliseDecision("维持"), Supervisor);

        await Do(rig, c3, new FileAppeal("有医嘱", []), facilityA);
        await Do(rig, c3, new OverturnDecision("医嘱齐全"), Reviewer2);
        await Do(rig, c3, new FinaliseDecision("维持"), Supervisor);

        await Do(rig, c4, new ConfirmFlag(3000m, "重复收费"), Reviewer1);
        await Do(rig, c4, new FileAppeal("部分合理", []), facilityB);
        await Do(rig, c4, new AdjustAmount(1200m, "部分合理"), Reviewer2);
        await Do(rig, c4, new AcceptDecision(null), facilityB);
        await Do(rig, c4, new FinaliseDecision("维持"), Supervisor);

        await Do(rig, c7, new ConfirmFlag(600m, "重复收费"), Reviewer1);
        await Do(rig, c7, new FileAppeal("无异议", []), facilityB);
        await Do(rig, c7, new UpholdDecision("维持"), Reviewer2);
        await Do(rig, c7, new AcceptDecision(null), facilityB);
        await Do(rig, c7, new FinaliseDecision("维持"), Supervisor);

        rig.Clock.Now += TimeSpan.FromDays(30);
        await Do(rig, c4, new CorrectDecision(Outcome.Confirmed, 1500m, "复核更正"), Supervisor);

        var batches = new TableBatchStore(rig.Account);
        await batches.TryCreateAsync(Batch("B1", BatchStatus.Completed, accepted: 1200), [], CancellationToken.None);
        await batches.TryCreateAsync(Batch("B2", BatchStatus.Scoring, accepted: 50), [], CancellationToken.None);
        return rig;
    }

    private static BatchRecord Batch(string id, BatchStatus status, long accepted) =>
        new("B" + id.PadLeft(24, '0'), id + ".jsonl", "runs/" + id, 1, CaseRig.Start, status, 0) { Totals = new BatchTotals(accepted + 3, accepted, 3, 7, 7600m) };

    private static async Task Do(CaseRig rig, CaseKey key, CaseCommand command, Actor by)
    {
        CommandResult result = await rig.DoAsync(key, command, by);
        Assert.True(result.Status == CommandStatus.Done, $"{command.GetType().Name} on {key}: {result.Status} {result.Rejection?.MessageEn}");
    }
}
