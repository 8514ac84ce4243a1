using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

public sealed class LedgerReconciliationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task MixedBatch_DecidedEveryWay_LedgerEqualsFinalConfirmedAmountsToTheFen()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        await rig.UploadAndIngestAsync("mixed.jsonl", TestBatches.Generate(500, seed: 21));
        await rig.DrainAsync();
        var commands = new CaseCommandHandler(rig.Cases, new ReviewSettings(PanelThreshold: 2000m), WorkingCalendar.China, TimeProvider.System);
        var random = new Random(21);
        List<TableEntity> rows = await TableScan.RowsAsync(rig.Account.Cases, "c|");
        Assert.True(rows.Count > 50, $"only {rows.Count} cases");

        var closed = new List<ReviewCase>();
        foreach (TableEntity row in rows)
        {
            var key = new CaseKey(row.PartitionKey, row.RowKey[2..]);
            closed.Add(await DecideToTheEndAsync(commands, rig.Cases, key, random));
        }

        List<LedgerPosting> ledger = [];
        foreach (string facility in closed.Select(c => c.Flag.FacilityId).Distinct())
        {
            ledger.AddRange(await rig.Cases.LedgerAsync(facility, null, Ct));
        }

        Assert.All(closed, c => Assert.Equal(Stage.Closed, c.Stage));
        Assert.Contains(closed, c => c.FinalOutcome == Outcome.Confirmed);
        Assert.Contains(closed, c => c.FinalOutcome == Outcome.Dismissed);
        Assert.Contains(ledger, p => p.Amount < 0);
        Assert.Equal(closed.Sum(c => c.LedgerAmount), ledger.Sum(p => p.Amount));
        Assert.Equal(
            closed.GroupBy(c => (c.Flag.FacilityId, c.Flag.RuleId)).ToDictionary(g => g.Key, g => g.Sum(c => c.LedgerAmount)).Where(kv => kv.Value != 0).OrderBy(kv => kv.Key),
            ledger.GroupBy(p => (p.FacilityId, p.RuleId)).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount)).Where(kv => kv.Value != 0).OrderBy(kv => kv.Key));
    }

    /// <summary>Takes one case through random but allowed decisions until it is closed, sometimes correcting it after.</summary>
    private static async Task<ReviewCase> DecideToTheEndAsync(CaseCommandHandler commands, TableCaseStore store, CaseKey key, Random random)
    {
        Actor facility = People.Facility(key.FacilityId);
        ReviewCase c = (await store.GetAsync(key, Ct))!.Case;
        while (c.Stage != Stage.Closed)
        {
            decimal part = Math.Max(0.01m, Math.Round(c.Flag.AmountAtStake * (decimal)random.NextDouble(), 2));
            bool yes = random.Next(3) > 0;
            (CaseCommand command, Actor by) = c.Stage switch
            {
                Stage.FirstReview => yes ? (new ConfirmFlag(part, "确认违规"), Reviewer1) : ((CaseCommand)new DismissFlag("合理收费"), Reviewer1),
                Stage.Appeal when c.AppealRound == 2 => yes ? (new ContestDecision("申请合议", []), facility) : ((CaseCommand)new AcceptDecision(null), facility),
                Stage.Appeal => yes ? (new FileAppeal("有医嘱", []), facility) : ((CaseCommand)new AcceptDecision(null), facility),
                Stage.ReReview => random.Next(3) switch
                {
                    0 => (new UpholdDecision("维持"), Reviewer2),
                    1 => (new AdjustAmount(part, "调整金额"), Reviewer2),
                    _ => ((CaseCommand)new OverturnDecision("撤销"), Reviewer2),
                },
                Stage.Panel => (Vote(random, part), Panel[c.Votes.Count]),
                _ => (new FinaliseDecision("终审"), Supervisor),
            };
            CommandResult result = await commands.HandleAsync(key, command, by, Ct);
            Assert.True(result.Status == CommandStatus.Done, $"{command} by {by.Id} in {c.Stage}: {result.Status} {result.Rejection?.Message}");
            c = result.Case!;
        }

        decimal corrected = Math.Max(0.01m, Math.Round(c.Flag.AmountAtStake / 3, 2));
        if (random.Next(4) == 0 && c.Amount != corrected)
        {
            CommandResult fixedUp = await commands.HandleAsync(key, new CorrectDecision(Outcome.Confirmed, corrected, "更正金额"), Supervisor, Ct);
            Assert.Equal(CommandStatus.Done, fixedUp.Status);
            c = fixedUp.Case!;
        }

        return c;
    }

    private static CastVote Vote(Random random, decimal amount) =>
        random.Next(2) == 0 ? new CastVote(Outcome.Confirmed, amount, "同意") : new CastVote(Outcome.Dismissed, null, "不同意");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
