using SmartReview.National.Tests.Support;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Tests;

public sealed class RejectTests
{
    /// <summary>A second, valid settlement S2 (visit M2) so a reject of S1 can be seen not to touch it.</summary>
    private static Extract TwoSettlements()
    {
        var e = new Extract();
        e.Visit = e.Visit.Plus([.. e.Visit.Rows[0].Select(f => f == "M1" ? "M2" : f == "P1" ? "P2" : f)]);
        e.Settlement = e.Settlement.Plus(["S2", "M2", "60.00", "60.00", "0.00", "0.00"]);
        e.Fees = e.Fees.Plus([.. e.Fees.Rows[0].Select(f => f == "S1" ? "S2" : f)]);
        e.Diagnoses = e.Diagnoses.Plus(["S2", "J18.900", "肺炎", "1"]);
        return e;
    }

    [Fact]
    public async Task Fold_UnmappedGender_RejectNamesTableRowColumnValue()
    {
        Extract e = TwoSettlements();
        e.Visit = e.Visit.With("gend", 0, "9");

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Equal(["S2"], settlements.Select(s => s.Id));
        FoldReject gender = Assert.Single(rejects, r => r.Column == "gend");
        Assert.Equal((NationalTable.Visit, "mdtrt.csv", 2L, "9"), (gender.Table, gender.File, gender.Row, gender.Value));
        Assert.Contains("gend dictionary", gender.Reason, StringComparison.Ordinal);
        Assert.Contains(rejects, r => r.Table == NationalTable.Settlement && r.SettlementId == "S1" && r.Reason.Contains("MDTRT_D", StringComparison.Ordinal));
        AssertCounts(result, NationalTable.Visit, received: 2, accepted: 1, rejected: 1);
        AssertCounts(result, NationalTable.FeeLine, received: 3, accepted: 1, rejected: 2);
        AssertCounts(result, NationalTable.Diagnosis, received: 3, accepted: 1, rejected: 2);
        Assert.True(result.Reconciles);
    }

    [Fact]
    public async Task Fold_UnmappedChargeClass_WholeSettlementRejectedWithItsRows()
    {
        Extract e = TwoSettlements();
        e.Fees = e.Fees.With("chrgitm_lv", 1, "04");

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Equal(["S2"], settlements.Select(s => s.Id));
        FoldReject bad = Assert.Single(rejects, r => r.Column == "chrgitm_lv");
        Assert.Equal((NationalTable.FeeLine, 3L, "04", "S1"), (bad.Table, bad.Row, bad.Value, bad.SettlementId));
        Assert.All(rejects, r => Assert.Equal("S1", r.SettlementId));
        Assert.Equal(1 + 1 + 2 + 2 + 1, rejects.Count); // visit, settlement, 2 fee lines, 2 diagnoses, 1 operation
        AssertCounts(result, NationalTable.Settlement, received: 2, accepted: 1, rejected: 1);
        AssertCounts(result, NationalTable.Operation, received: 1, accepted: 0, rejected: 1);
        Assert.True(result.Reconciles);
    }

    [Theory]
    [InlineData("fee")]
    [InlineData("diag")]
    [InlineData("oprn")]
    public async Task Fold_RowWithoutSettlement_OrphanRejected(string table)
    {
        var e = new Extract();
        switch (table)
        {
            case "fee": e.Fees = e.Fees.Plus([.. e.Fees.Rows[0].Select(f => f == "S1" ? "S9" : f)]); break;
            case "diag": e.Diagnoses = e.Diagnoses.Plus(["S9", "J18.900", "肺炎", "1"]); break;
            default: e.Operations = e.Operations.Plus(["S9", "51.2300", "腹腔镜胆囊切除术", "1", ""]); break;
        }

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Single(settlements);
        FoldReject orphan = Assert.Single(rejects);
        Assert.Equal(("setl_id", "S9"), (orphan.Column, orphan.Value));
        Assert.Contains("no settlement", orphan.Reason, StringComparison.Ordinal);
        Assert.Equal(table switch { "fee" => 4L, "diag" => 4L, _ => 3L }, orphan.Row);
        Assert.True(result.Reconciles);
        Assert.Equal(1, result.RowsRejected);
    }

    [Fact]
    public async Task Fold_SettlementWithoutVisit_RejectedWithItsRows()
    {
        var e = new Extract();
        e.Visit = e.Visit.With("mdtrt_id", 0, "M7");

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Empty(settlements);
        FoldReject settlement = Assert.Single(rejects, r => r.Table == NationalTable.Settlement);
        Assert.Equal(("mdtrt_id", "M1", "S1"), (settlement.Column, settlement.Value, settlement.SettlementId));
        Assert.Contains("no visit", settlement.Reason, StringComparison.Ordinal);
        FoldReject visit = Assert.Single(rejects, r => r.Table == NationalTable.Visit);
        Assert.Contains("no settlement", visit.Reason, StringComparison.Ordinal);
        Assert.Equal(7, rejects.Count);
        Assert.True(result.Reconciles);
        Assert.Equal(0, result.Tables.Values.Sum(t => t.Accepted));
    }

    [Fact]
    public async Task Fold_TotalsDoNotAdd_RejectPointsAtSettlementColumn()
    {
        var e = new Extract();
        e.Settlement = e.Settlement.With("medfee_sumamt", 0, "91.00");

        (FoldResult result, _, List<FoldReject> rejects) = await Fold.Run(e.Write());

        FoldReject culprit = Assert.Single(rejects, r => r.Table == NationalTable.Settlement);
        Assert.Equal("medfee_sumamt", culprit.Column);
        Assert.True(result.Reconciles);
    }

    [Fact]
    public async Task Fold_BadAmount_RejectNamesFeeRowAndValue()
    {
        var e = new Extract();
        e.Fees = e.Fees.With("det_item_fee_sumamt", 0, "6O.00");

        (_, _, List<FoldReject> rejects) = await Fold.Run(e.Write());

        FoldReject bad = Assert.Single(rejects, r => r.Column == "det_item_fee_sumamt");
        Assert.Equal((NationalTable.FeeLine, 2L, "6O.00"), (bad.Table, bad.Row, bad.Value));
    }

    /// <summary>The JSON route's checks, each naming the row and column at fault: a line's amount, a line id twice, the totals.</summary>
    [Theory]
    [InlineData("amount", "fee", 2L, "det_item_fee_sumamt", "is not quantity 2 × unit price 30.00")]
    [InlineData("line id", "fee", 3L, "feedetl_sn", "duplicate line id '1'")]
    [InlineData("totals", "setl", 2L, "medfee_sumamt", "does not equal the sum of the lines 90.00")]
    public async Task Fold_SettlementCheckFails_RejectNamesRowAndColumn(string broken, string table, long row, string column, string reason)
    {
        Extract e = TwoSettlements();
        e.Fees = broken switch
        {
            "amount" => e.Fees.With("det_item_fee_sumamt", 0, "61.00").With("pric", 0, "30.00"),
            "line id" => e.Fees.With("feedetl_sn", 1, "1"),
            _ => e.Fees,
        };
        e.Settlement = broken == "totals" ? e.Settlement.With("medfee_sumamt", 0, "95.00") : e.Settlement;

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Equal(["S2"], settlements.Select(s => s.Id));
        FoldReject bad = Assert.Single(rejects, r => r.Column == column);
        Assert.Equal((table, row, "S1"), (bad.File[..bad.File.IndexOf('.', StringComparison.Ordinal)], bad.Row, bad.SettlementId));
        Assert.Contains(reason, bad.Reason, StringComparison.Ordinal);
        Assert.True(result.Reconciles);
    }

    [Fact]
    public async Task Fold_DictionaryOverride_MapsUnstatedGender()
    {
        var e = new Extract();
        e.Visit = e.Visit.With("gend", 0, "9");
        string path = Path.Combine(Path.GetTempPath(), $"dict-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "gend": { "1": "M", "2": "F", "9": "F" } }""", TestContext.Current.CancellationToken);

        (_, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write(), new FoldOptions { Dictionaries = NationalDictionaries.Load(path) });

        Assert.Empty(rejects);
        Assert.Equal(Sex.Female, Assert.Single(settlements).Person.Sex);
    }

    [Fact]
    public void Load_DictionaryWithUnknownValue_ErrorNamesColumnAndCode()
    {
        string path = Path.Combine(Path.GetTempPath(), $"dict-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "insutype": { "310": "employee", "999": "pirate" } }""");

        var error = Assert.Throws<NationalExtractException>(() => NationalDictionaries.Load(path));

        Assert.Contains("insutype code '999'", error.Message, StringComparison.Ordinal);
    }

    private static void AssertCounts(FoldResult result, NationalTable table, long received, long accepted, long rejected)
    {
        TableCounts c = result.Tables[table];
        Assert.Equal((received, accepted, rejected), (c.Received, c.Accepted, c.Rejected));
    }
}
