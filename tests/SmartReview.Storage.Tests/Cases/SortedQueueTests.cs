using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

/// <summary>The queue in every order (the sorted index), paged across the order, its counts, and the index kept in step as cases move.</summary>
public sealed class SortedQueueTests(AzuriteFixture azurite)
{
    private const string FacilityA = "H33010000001";
    private const string FacilityB = "H33010000002";
    private const string FacilityC = "H330100000010";
    private const int SortedRowsPerCase = 8; // one per order
    private const string CounterPrefix = "n|";

    public static TheoryData<string, string> Orders => new()
    {
        { "due", "asc" }, { "due", "desc" }, { "amount", "asc" }, { "amount", "desc" },
        { "rule", "asc" }, { "rule", "desc" }, { "facility", "asc" }, { "facility", "desc" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Queue_InEachOrder_ListsEveryCaseOnceInThatOrder_AcrossPages(string sort, string direction)
    {
        // Arrange: seven cases over three due days, amounts with ties, rules "SR-1" < "SR-10" < "SR-2" as text, three facilities.
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        var opened = new List<(CaseKey Key, string Rule, decimal Amount)>();
        foreach ((string facility, string rule, decimal amount, int day) in new[]
        {
            (FacilityB, "SR-10", 500m, 0), (FacilityA, "SR-2", 1200m, 0), (FacilityC, "SR-1", 500m, 0), (FacilityA, "SR-1", 80m, 1),
            (FacilityB, "SR-2", 3000m, 1), (FacilityC, "SR-10", 1200m, 2), (FacilityA, "SR-10", 45.5m, 2),
        })
        {
            rig.Cases.Clock.Now = CaseRig.Start.AddDays(day);
            opened.Add((await rig.Cases.OpenAsync(facility, amount: amount, rule: rule), rule, amount));
        }

        Assert.True(QueueOrder.TryParse(sort, direction, out QueueOrder order));
        var due = new Dictionary<CaseKey, DateTimeOffset>();
        foreach ((CaseKey key, _, _) in opened)
        {
            due[key] = (await rig.Cases.CaseAsync(key)).DueUtc!.Value;
        }

        // The documented order: the key, then earliest due, then largest amount, then facility and case.
        IOrderedEnumerable<(CaseKey Key, string Rule, decimal Amount)> byKey = order.By switch
        {
            QueueSort.Due => order.Descending ? opened.OrderByDescending(c => due[c.Key]) : opened.OrderBy(c => due[c.Key]),
            QueueSort.Amount => order.Descending ? opened.OrderByDescending(c => c.Amount) : opened.OrderBy(c => c.Amount),
            QueueSort.Rule => order.Descending ? opened.OrderByDescending(c => c.Rule, StringComparer.Ordinal) : opened.OrderBy(c => c.Rule, StringComparer.Ordinal),
            _ => order.Descending ? opened.OrderByDescending(c => c.Key.FacilityId, StringComparer.Ordinal) : opened.OrderBy(c => c.Key.FacilityId, StringComparer.Ordinal),
        };
        string[] expected = [.. byKey.ThenBy(c => due[c.Key]).ThenByDescending(c => c.Amount).ThenBy(c => c.Key.FacilityId, StringComparer.Ordinal)
            .ThenBy(c => c.Key.CaseId, StringComparer.Ordinal).Select(c => c.Key.ToString())];

        // Act: pages of two.
        string[] listed = await rig.ListAsync(new CaseQuery(Stage.FirstReview, null, null, 2, null) { Order = order });

        // Assert
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task Count_ByStageFacilityAndRule_IsExact_AndFollowsEachDecision()
    {
        // Arrange: 3 cases at A (2 of SR-001), 2 at B, all in first review.
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey first = await rig.Cases.OpenAsync(FacilityA, rule: "SR-001");
        await rig.Cases.OpenAsync(FacilityA, rule: "SR-001");
        await rig.Cases.OpenAsync(FacilityA, rule: "SR-002");
        await rig.Cases.OpenAsync(FacilityB, rule: "SR-001");
        CaseKey dismissed = await rig.Cases.OpenAsync(FacilityB, rule: "SR-002");
        var firstReview = new CaseQuery(Stage.FirstReview, null, null, 50, null);

        // Act: one confirmed (to appeal), one dismissed (to final decision).
        long[] before = await CountsAsync(rig, firstReview);
        await rig.Cases.DoAsync(first, new ConfirmFlag(100m, "确认"), Reviewer1);
        await rig.Cases.DoAsync(dismissed, new DismissFlag("误报"), Reviewer1);
        long[] after = await CountsAsync(rig, firstReview);
        QueueCount appeal = await rig.Queries.CountAsync(firstReview with { Stage = Stage.Appeal }, Ct);
        QueueCount finalDecision = await rig.Queries.CountAsync(firstReview with { Stage = Stage.FinalDecision, FacilityId = FacilityB }, Ct);

        // Assert: all, A, SR-001, A + SR-001, B.
        Assert.Equal([5, 3, 3, 2, 2], before);
        Assert.Equal([3, 2, 2, 1, 1], after);
        Assert.Equal(new QueueCount(1, false), appeal);
        Assert.Equal(new QueueCount(1, false), finalDecision);
    }

    [Fact]
    public async Task Count_WithFiltersTheCountersDoNotKeep_CountsTheRows()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        await rig.Cases.OpenAsync(FacilityA, amount: 300m);
        CaseKey claimed = await rig.Cases.OpenAsync(FacilityA, amount: 800m);
        await rig.Cases.OpenAsync(FacilityB, amount: 1200m);
        await rig.Claims.ClaimAsync(claimed, Reviewer1, Ct);
        var all = new CaseQuery(Stage.FirstReview, null, null, 50, null);

        QueueCount atLeast800 = await rig.Queries.CountAsync(all with { MinAmount = 800m }, Ct);
        QueueCount nobodys = await rig.Queries.CountAsync(all with { Unassigned = true }, Ct);
        QueueCount mine = await rig.Queries.CountAsync(all with { AssigneeId = Reviewer1.Id, FacilityId = FacilityA }, Ct);

        Assert.Equal(new QueueCount(2, false), atLeast800);
        Assert.Equal(new QueueCount(2, false), nobodys);
        Assert.Equal(new QueueCount(1, false), mine);
    }

    [Fact]
    public async Task Open_SameCasesTwice_CountsThemOnce()
    {
        // Arrange: a chunk delivered again opens the same cases again.
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey key = await rig.Cases.OpenAsync(FacilityA);
        ReviewCase c = await rig.Cases.CaseAsync(key);
        IReadOnlyList<CaseEvent> events = await rig.Cases.Store.EventsAsync(key, Ct);

        // Act
        await rig.Cases.Store.OpenAsync([new OpenedCase(c, events[0])], Ct);

        // Assert
        Assert.Equal(new QueueCount(1, false), await rig.Queries.CountAsync(new CaseQuery(Stage.FirstReview, null, null, 50, null), Ct));
        Assert.Equal(SortedRowsPerCase, (await TableScan.PartitionAsync(rig.Cases.Account.CaseSort, nameof(Stage.FirstReview)))
            .Count(r => !r.RowKey.StartsWith(CounterPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Index_CaseMovesStageDueAndAmount_SortedRowsFollow()
    {
        // Arrange
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey overdue = await rig.Cases.OpenAsync(FacilityA, amount: 900m);
        CaseKey moved = await rig.Cases.OpenAsync(FacilityB, amount: 400m);
        var byAmount = new CaseQuery(Stage.FirstReview, null, null, 50, null) { Order = new QueueOrder(QueueSort.Amount, true) };
        DateTimeOffset firstDue = (await rig.Cases.CaseAsync(overdue)).DueUtc!.Value;

        // Act: the first escalates (a new due, same stage); the second goes to appeal, then re-review, where its amount is adjusted.
        rig.Cases.Clock.Now = firstDue.AddHours(1);
        await rig.Cases.Sweep.RunAsync(Ct);
        await rig.Cases.DoAsync(moved, new ConfirmFlag(400m, "确认"), Reviewer1);
        await rig.Cases.DoAsync(moved, new FileAppeal("申诉", []), Facility(FacilityB));
        await rig.Cases.DoAsync(moved, new AdjustAmount(150m, "部分合理"), Reviewer2);
        CasePage firstReview = await rig.Queries.QueueAsync(byAmount, Ct);
        Stage afterReReview = (await rig.Cases.CaseAsync(moved)).Stage;
        CasePage reReview = await rig.Queries.QueueAsync(byAmount with { Stage = afterReReview, Order = new QueueOrder(QueueSort.Due, true) }, Ct);

        // Assert
        CaseSummary escalated = Assert.Single(firstReview.Items);
        Assert.Equal((overdue.ToString(), true), (escalated.Key, escalated.Escalated));
        Assert.True(escalated.DueUtc > firstDue);
        CaseSummary adjusted = Assert.Single(reReview.Items);
        Assert.Equal((moved.ToString(), 150m), (adjusted.Key, adjusted.Amount));
        List<TableEntity> rows = await TableScan.PartitionAsync(rig.Cases.Account.CaseSort, nameof(Stage.FirstReview));
        Assert.Equal(SortedRowsPerCase, rows.Count(r => !r.RowKey.StartsWith(CounterPrefix, StringComparison.Ordinal)));
        Assert.All(rows.Where(r => !r.RowKey.StartsWith(CounterPrefix, StringComparison.Ordinal)), r => Assert.Equal(escalated.DueUtc, r.GetDateTimeOffset("DueUtc")));
        Stage[] open = [Stage.FirstReview, Stage.Appeal, Stage.ReReview, Stage.Panel, Stage.FinalDecision];
        long[] counts = await Task.WhenAll(open.Select(async s => (await rig.Queries.CountAsync(byAmount with { Stage = s }, Ct)).Count));
        Assert.Equal(open.Select(s => s == Stage.FirstReview || s == afterReReview ? 1L : 0L), counts);
    }

    [Fact]
    public async Task Repair_OfAMoveAlreadyDone_DoesNotCountItTwice()
    {
        // Arrange: a decision done in full, then its outbox row put back, as a crash just before deleting it leaves it.
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var queries = new TableCaseQueries(rig.Account);
        CaseKey key = await rig.OpenAsync(FacilityA);
        TableEntity opened = Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.FirstReview)));
        await rig.DoAsync(key, new ConfirmFlag(50m, "确认"), Reviewer1);
        await rig.Account.Cases.AddEntityAsync(new TableEntity(key.FacilityId, $"o|{key.CaseId}|00002")
        {
            ["CaseId"] = key.CaseId, ["OldIndexPartition"] = opened.PartitionKey, ["OldIndexRow"] = opened.RowKey,
        }, Ct);

        // Act
        int repaired = await rig.Store.RepairIndexAsync(Ct);

        // Assert
        Assert.Equal(1, repaired);
        Assert.Equal(0, (await queries.CountAsync(new CaseQuery(Stage.FirstReview, null, null, 50, null), Ct)).Count);
        Assert.Equal(1, (await queries.CountAsync(new CaseQuery(Stage.Appeal, null, null, 50, null), Ct)).Count);
        Assert.Single((await queries.QueueAsync(new CaseQuery(Stage.Appeal, null, null, 50, null) { Order = new QueueOrder(QueueSort.Facility, true) }, Ct)).Items);
    }

    [Fact]
    public async Task Queue_BySettlementOrPerson_FindsTheCase_InAnyOrder()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        await rig.Cases.OpenAsync(FacilityA);
        CaseKey wanted = await rig.Cases.OpenAsync(FacilityB);
        await rig.Cases.OpenAsync(FacilityA);
        FlagSummary flag = (await rig.Cases.CaseAsync(wanted)).Flag;
        var all = new CaseQuery(Stage.FirstReview, null, null, 50, null);

        string[] bySettlement = await rig.ListAsync(all with { SettlementId = flag.SettlementId });
        string[] byPerson = await rig.ListAsync(all with { PersonId = flag.PersonId, Order = new QueueOrder(QueueSort.Amount, true) });
        string[] nobody = await rig.ListAsync(all with { PersonId = "P-NONE" });

        Assert.Equal([wanted.ToString()], bySettlement);
        Assert.Equal([wanted.ToString()], byPerson);
        Assert.Empty(nobody);
    }

    [Fact]
    public async Task Queue_Sorted_ShowsWhoHoldsACase()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey claimed = await rig.Cases.OpenAsync(FacilityA, amount: 100m);
        CaseKey free = await rig.Cases.OpenAsync(FacilityA, amount: 200m);
        await rig.Claims.ClaimAsync(claimed, Reviewer1, Ct);
        var byAmount = new CaseQuery(Stage.FirstReview, null, null, 50, null) { Order = new QueueOrder(QueueSort.Amount, false) };

        string[] mine = await rig.ListAsync(byAmount with { AssigneeId = Reviewer1.Id });
        string[] nobodys = await rig.ListAsync(byAmount with { Unassigned = true });

        Assert.Equal([claimed.ToString()], mine);
        Assert.Equal([free.ToString()], nobodys);
    }

    private static async Task<long[]> CountsAsync(WorkRig rig, CaseQuery q) =>
    [
        .. await Task.WhenAll(new[] { q, q with { FacilityId = FacilityA }, q with { RuleId = "SR-001" }, q with { FacilityId = FacilityA, RuleId = "SR-001" },
            q with { FacilityId = FacilityB } }.Select(async x => (await rig.Queries.CountAsync(x, Ct)).Count)),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
