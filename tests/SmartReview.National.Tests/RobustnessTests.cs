using SmartReview.National.Tests.Support;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public async Task Fold_ShortRow_RejectedForItsEmptyColumn()
    {
        string folder = new Extract().Write();
        File.AppendAllText(Path.Combine(folder, "fee.csv"), "S1,3,2024-03-03 09:00:00\r\n");

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(folder);

        Assert.Empty(settlements);
        FoldReject shortRow = Assert.Single(rejects, r => r.Table == NationalTable.FeeLine && r.Row == 4);
        Assert.Equal("cnt", shortRow.Column);
        Assert.True(result.Reconciles);
    }

    [Fact]
    public async Task Fold_BlankLines_SkippedButCountedForLineNumbers()
    {
        var e = new Extract();
        e.Visit = e.Visit.With("gend", 0, "0");
        string folder = e.Write();
        string path = Path.Combine(folder, "mdtrt.csv");
        string[] lines = File.ReadAllLines(path);
        File.WriteAllText(path, lines[0] + "\r\n\r\n" + lines[1] + "\r\n\r\n");

        (FoldResult result, _, List<FoldReject> rejects) = await Fold.Run(folder);

        Assert.Equal(3, Assert.Single(rejects, r => r.Column == "gend").Row);
        Assert.Equal(1, result.Tables[NationalTable.Visit].Received);
    }

    [Fact]
    public async Task Fold_DuplicateSettlementRow_LaterRowRejected()
    {
        var e = new Extract();
        e.Settlement = e.Settlement.Plus(["S1", "M1", "90.00", "70.00", "20.00", "5.00"]);

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Single(settlements);
        FoldReject duplicate = Assert.Single(rejects);
        Assert.Equal((NationalTable.Settlement, 3L, "setl_id"), (duplicate.Table, duplicate.Row, duplicate.Column));
        Assert.True(result.Reconciles);
    }

    [Fact]
    public async Task Fold_TwoSettlementsOfOneVisit_VisitCountedOnce()
    {
        var e = new Extract();
        e.Settlement = e.Settlement.Plus(["S2", "M1", "30.00", "30.00", "0.00", "0.00"]);
        e.Fees = e.Fees.Plus(["S2", "1", "2024-03-02 09:00:00", "1", "30.00", "30.00", "01", "01", "001101000010000", "床位费", "A03.06", "D0412"]);
        e.Diagnoses = e.Diagnoses.Plus(["S2", "J18.900", "肺炎", "1"]);

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(e.Write());

        Assert.Empty(rejects);
        Assert.Equal(["S1", "S2"], settlements.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal((1L, 1L), (result.Tables[NationalTable.Visit].Received, result.Tables[NationalTable.Visit].Accepted));
    }

    [Fact]
    public async Task Fold_UnclosedQuote_ErrorNamesFile()
    {
        string folder = new Extract().Write();
        File.AppendAllText(Path.Combine(folder, "diag.csv"), "S1,\"J18.900,肺炎,0\r\n");

        var error = await Assert.ThrowsAsync<NationalExtractException>(() => Fold.Run(folder));

        Assert.Contains("SETL_LIST_DIAG_D (diag.csv)", error.Message, StringComparison.Ordinal);
    }
}
