using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Indicators;

/// <summary>Indicator cases opened and re-judged on completed batches, on Azurite (docs/decisions/0020).</summary>
public sealed class IndicatorCaseTests(AzuriteFixture azurite)
{
    private const string Facility = "H-IND-01";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Completion_TwoBatchesOfOneMonth_OneCaseRejudgedOnTheWholeTally()
    {
        // Arrange: 4 stays at 60 % drugs (¥240 of ¥400: ¥80 above 40 %), then 4 at 50 % (¥440 of ¥800: ¥120 above)
        IngestRig rig = await IngestRig.CreateAsync(azurite, IndicatorBatches.Pack);
        await rig.UploadAndIngestAsync("march-1.jsonl", IndicatorBatches.Stays(Facility, 0, 4, 60m));
        await rig.DrainAsync();
        StoredCase first = await OnlyCaseAsync(rig);

        // Act
        BatchRecord second = await rig.UploadAndIngestAsync("march-2.jsonl", IndicatorBatches.Stays(Facility, 4, 4, 50m));
        await rig.DrainAsync();

        // Assert
        Assert.Equal((CaseOrigin.Indicator, Stage.FirstReview, 80m, 4L), (first.Case.Flag.Source, first.Case.Stage, first.Case.Flag.AmountAtStake, first.Case.Flag.Indicator!.Stays));
        Assert.Equal(BatchStatus.Completed, (await rig.Batches.GetAsync(second.BatchId, Ct))!.Status);
        StoredCase after = await OnlyCaseAsync(rig);
        Assert.Equal(first.Case.CaseId, after.Case.CaseId);
        Assert.Equal(new IndicatorReading("drug_share", "2024-03", 0.55m, 0.4m, 8, true), after.Case.Flag.Indicator);
        Assert.Equal((120m, 120m, 96m), (after.Case.Flag.AmountAtStake, after.Case.Flag.Cap, after.Case.Flag.FundAmount!.Value));
        Assert.Equal([EventKind.CaseOpened, EventKind.IndicatorRejudged], (await EventsAsync(rig, after)).Select(e => e.Kind));
        Assert.Equal(120L * 100, (await TableScan.RowsAsync(rig.Account.CaseIndex, "")).Single(r => r.GetString("CaseId") == after.Case.CaseId).GetInt64("AmountAtStakeFen"));
    }

    [Fact]
    public async Task Completion_SameBatchCompletingTwice_CountsItOnceAndAppendsNothing()
    {
        // Arrange
        IngestRig rig = await IngestRig.CreateAsync(azurite, IndicatorBatches.Pack);
        await rig.UploadAndIngestAsync("march-1.jsonl", IndicatorBatches.Stays(Facility, 0, 4, 60m));
        await rig.DrainAsync();
        BatchRecord second = await rig.UploadAndIngestAsync("march-2.jsonl", IndicatorBatches.Stays(Facility, 4, 4, 50m));
        await rig.DrainAsync();

        // Act: the completion step runs again for the second batch (a retried chunk message)
        await rig.Indicators.HandleAsync(second, await rig.Batches.ChunksAsync(second.BatchId, Ct), Ct);

        // Assert
        StoredCase stored = await OnlyCaseAsync(rig);
        Assert.Equal(8, stored.Case.Flag.Indicator!.Stays);
        Assert.Equal(2, (await EventsAsync(rig, stored)).Count);
        List<TableEntity> tally = await TableScan.RowsAsync(rig.Account.Indicators, "m|2024-03|");
        Assert.Equal([4L, 4L], tally.Select(r => r.GetInt64("Stays")!.Value));
    }

    [Fact]
    public async Task Completion_DecidedCaseWhoseMonthFallsBelow_RecordsTheReadingWithoutReopening()
    {
        // Arrange: a reviewer confirms ¥50, then 4 stays at 10 % drugs bring March to 35 % (¥280 of ¥800)
        IngestRig rig = await IngestRig.CreateAsync(azurite, IndicatorBatches.Pack);
        await rig.UploadAndIngestAsync("march-1.jsonl", IndicatorBatches.Stays(Facility, 0, 4, 60m));
        await rig.DrainAsync();
        StoredCase opened = await OnlyCaseAsync(rig);
        var commands = new CaseCommandHandler(rig.Cases, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System);
        CommandResult confirmed = await commands.HandleAsync(Key(opened), new ConfirmFlag(50m, "药占比超标"), new Actor("rev-1", Role.Reviewer), Ct);
        Assert.Equal(CommandStatus.Done, confirmed.Status);

        // Act
        await rig.UploadAndIngestAsync("march-3.jsonl", IndicatorBatches.Stays(Facility, 8, 4, 10m));
        await rig.DrainAsync();

        // Assert
        StoredCase after = await OnlyCaseAsync(rig);
        Assert.Equal((Stage.Appeal, 50m, 80m), (after.Case.Stage, after.Case.Amount!.Value, after.Case.Flag.AmountAtStake));
        Assert.Equal(new IndicatorReading("drug_share", "2024-03", 0.35m, 0.4m, 8, false), after.Case.Flag.Indicator);
        Assert.Equal([EventKind.CaseOpened, EventKind.FlagConfirmed, EventKind.IndicatorRejudged], (await EventsAsync(rig, after)).Select(e => e.Kind));
    }

    private static CaseKey Key(StoredCase c) => new(c.Case.Flag.FacilityId, c.Case.CaseId);

    private static async Task<StoredCase> OnlyCaseAsync(IngestRig rig)
    {
        TableEntity row = Assert.Single(await TableScan.RowsAsync(rig.Account.Cases, "c|"));
        return (await rig.Cases.GetAsync(new CaseKey(Facility, row.RowKey[2..]), Ct))!;
    }

    private static async Task<IReadOnlyList<CaseEvent>> EventsAsync(IngestRig rig, StoredCase c) => await rig.Cases.EventsAsync(Key(c), Ct);
}
