using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Reporting;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests.Import;

/// <summary>Identity, replacement and withdrawal across small synthetic batches (TestData/batches/).</summary>
public sealed class BatchSequenceTests
{
    private static ImportRun Import(params string[] batches) =>
        NhsaImport.Execute([.. batches.Select(b => Paths.TestData("batches", b))], new ImportOptions(), Paths.TempFolder());

    private static EntryDraft Entry(ImportRun run, string nhsaId) =>
        Assert.Single(run.Entries, e => e.Id == Assert.Single(run.Outcomes, o => o.NhsaId == nhsaId).EntryId);

    [Fact]
    public void Run_RestatedPoint_KeepsItsIdAndTakesTheLaterCodes()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        EntryDraft entry = Entry(run, "KP-t1");

        Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == "KP-s1").EntryId, entry.Id);
        Assert.Equal(["XA1", "XA2", "XA3"], entry.Codes);
        Assert.Equal("NHSA batch 2: synthetic-2.xlsx row 1", entry.Source);
    }

    [Fact]
    public void Run_WithdrawnPoint_IsDroppedAndCounted()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        string id = Assert.Single(run.Outcomes, o => o.NhsaId == "KP-s2").EntryId!;

        Assert.DoesNotContain(run.Entries, e => e.Id == id);
        Assert.Equal(1, Row(run.Report, "batch 1", "药品限医疗机构级别").WithdrawnLater);
        Assert.Equal(2, Row(run.Report, "batch 2", "药品区分性别使用").Withdrawals + Row(run.Report, "batch 2", "药品限医疗机构级别").Withdrawals);
    }

    [Fact]
    public void Run_WithdrawalOfUnknownPoint_WarnsAndCountsTheRow()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        Assert.Contains(run.Report.Warnings, w => w.Contains("不存在的片", StringComparison.Ordinal) && w.Contains("matches no point in force", StringComparison.Ordinal));
        Assert.True(run.Report.Totals.Reconciles);
    }

    [Fact]
    public void Run_RestatementThatIsNoLongerCheckable_MovesToTheTextSetUnderTheSameId()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        EntryDraft entry = Entry(run, "KP-t3");

        Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == "KP-s3").EntryId, entry.Id);
        Assert.Equal(("nhsa-drug-indication-items-text", "indication.prior_treatment"), (entry.Set, entry.TextReason));
        Assert.DoesNotContain(run.Report.Sets, s => s.Set == "nhsa-drug-indication-items");
    }

    [Fact]
    public void Run_RenamedPointWithTheSameCodes_KeepsItsId()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        EntryDraft entry = Entry(run, "KP-t6");

        Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == "KP-s7").EntryId, entry.Id);
        Assert.Equal("戊片（新名）", entry.ItemName);
        Assert.Contains(run.Report.Warnings, w => w.Contains("under a new name", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_LaterPointCoveringAllCodesOfAnother_SupersedesIt()
    {
        ImportRun run = Import("batch-1.jsonl", "batch-2.jsonl");

        Assert.DoesNotContain(run.Entries, e => e.ItemName == "小儿己颗粒");
        Assert.Single(run.Entries, e => e.ItemName == "小儿己口服液");
        Assert.Equal(1, Row(run.Report, "batch 1", "药品儿童专用").SupersededLater);
    }

    [Fact]
    public void Run_SameSurgeryInTwoGroups_IsTwoEntries()
    {
        ImportRun run = Import("batch-1.jsonl");

        EntryDraft[] surgeries = [.. run.Entries.Where(e => e.Set == "nhsa-surgery-discount-groups")];

        Assert.Equal(2, surgeries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(["肝胆手术组", "胃肠手术组"], surgeries.Select(e => (string)e.Attributes["group"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_RuleCodeNull_MapsByRuleName()
    {
        ImportRun run = Import("batch-1.jsonl");

        Assert.Equal("nhsa-drug-setting-items", Entry(run, "KP-s6").Set);
    }

    [Fact]
    public void Run_LinesThatAreNotPoints_AreSkippedByReasonAndReconcile()
    {
        ImportRun run = Import("bad-lines.jsonl");

        Dictionary<string, int> skips = run.Report.Rows.SelectMany(r => r.SkipReasons).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));

        Assert.Equal(new Dictionary<string, int> { ["line.unreadable"] = 2, ["point.no_codes"] = 1, ["status.unknown"] = 1 }, skips);
        Assert.Equal((6, 1, 1, 4), (run.Report.Totals.Read, run.Report.Totals.Checkable, run.Report.Totals.TextOnly, run.Report.Totals.Skipped));
        Assert.Equal(("nhsa-unmapped-rule-items", "rule.unknown"), (Entry(run, "KP-v2").Set, Entry(run, "KP-v2").TextReason));
        Assert.Equal("nhsa-drug-sex-items", Entry(run, "KP-v4").Set);
        Assert.True(run.Report.Totals.Reconciles);
    }

    [Fact]
    public void Run_BatchesOutOfOrder_Warns()
    {
        ImportRun run = Import("batch-2.jsonl", "batch-1.jsonl");

        Assert.Contains(run.Report.Warnings, w => w.StartsWith("batch 1 comes after batch 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SameInputTwice_WritesIdenticalFilesAndReports()
    {
        string first = Paths.TempFolder(), second = Paths.TempFolder();
        string[] batches = [Paths.TestData("batches", "batch-1.jsonl"), Paths.TestData("batches", "batch-2.jsonl")];

        ImportReport a = NhsaImport.Run(batches, new ImportOptions(), first);
        ImportReport b = NhsaImport.Run(batches, new ImportOptions(), second);

        Assert.Equal(a.ToJson(), b.ToJson());
        Assert.Equal(a.ToMarkdown(), b.ToMarkdown());
        foreach (string file in Directory.GetFiles(first))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(second, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Run_WithdrawalThatEmptiesASet_RemovesItsOldFile()
    {
        string folder = Paths.TempFolder();
        NhsaImport.Run([Paths.TestData("batches", "batch-1.jsonl")], new ImportOptions(), folder);
        Assert.True(File.Exists(Path.Combine(folder, "nhsa-drug-level-items.jsonl")));

        ImportReport report = NhsaImport.Run(
            [Paths.TestData("batches", "batch-1.jsonl"), Paths.TestData("batches", "withdraw-level.jsonl")], new ImportOptions(), folder);

        Assert.False(File.Exists(Path.Combine(folder, "nhsa-drug-level-items.jsonl")));
        Assert.Equal(["nhsa-drug-level-items.jsonl"], report.RemovedFiles);
    }

    private static BatchRuleRow Row(ImportReport report, string batch, string rule) =>
        Assert.Single(report.Rows, r => r.Batch == batch && r.RuleName == rule);
}
