using System.Text.Json.Nodes;
using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Reporting;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests;

/// <summary>The import over the real national file (../shared/domain/knowledge): counts, known rows, validation.</summary>
public sealed class RealBatchTests(RealImport import) : IClassFixture<RealImport>
{
    private ImportReport Report => import.Run.Report;

    [Fact]
    public void Run_RealFile_CountsReconcile()
    {
        ImportTotals t = Report.Totals;

        Assert.Equal(2906, t.Read);
        Assert.Equal(t.Read, t.Checkable + t.TextOnly + t.Withdrawals + t.Skipped);
        Assert.True(t.Reconciles);
        Assert.All(Report.Rows, r => Assert.Equal(r.Read, r.Checkable + r.TextOnly + r.Withdrawals + r.Skipped));
    }

    [Fact]
    public void Run_RealFile_OnlyTheFootnoteRowIsSkipped()
    {
        BatchRuleRow row = Assert.Single(Report.Rows, r => r.Skipped > 0);

        Assert.Equal(("batch 1", "医疗服务项目区分性别使用", 1), (row.Batch, row.RuleName, row.Skipped));
        Assert.Equal(1, row.SkipReasons["point.no_codes"]);
    }

    [Fact]
    public void Run_RealFile_ValidatesWithoutErrors()
    {
        Assert.Empty(Report.ValidationErrors);
        Assert.Empty(Report.ValidationNotes);
    }

    [Theory]
    [InlineData("KP-179b4e80cac4d79f", "nhsa-drug-level-items", """{"min_level":2}""")]
    [InlineData("KP-630264b3f1586762", "nhsa-drug-sex-items", """{"sex":"M"}""")]
    [InlineData("KP-d44c62fff59ea98b", "nhsa-drug-sex-items", """{"sex":"F"}""")]
    [InlineData("KP-393401405f92979a", "nhsa-drug-setting-items", """{"settings":["inpatient"]}""")]
    [InlineData("KP-3554ccd1309ac0d2", "nhsa-drug-indication-items", """{"diagnoses":["E11*"]}""")]
    [InlineData("KP-8e7c9350a802eee8", "nhsa-surgery-discount-groups", """{"group":"胃肠手术组"}""")]
    public void Run_RealFile_KnownRowStructuresAsExpected(string nhsaId, string set, string attributes)
    {
        PointOutcome outcome = Assert.Single(import.Run.Outcomes, o => o.NhsaId == nhsaId);

        Assert.Equal(set, outcome.Set);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(attributes), outcome.Attributes), outcome.Attributes?.ToJsonString());
    }

    [Fact]
    public void Run_RealFile_FourteenDayCourseReadAsMaxDays()
    {
        PointOutcome[] ozagrel = [.. import.Run.Outcomes.Where(o => o.Set == "nhsa-drug-course-items"
            && import.Run.Entries.Any(e => e.Id == o.EntryId && e.ItemName.StartsWith("奥扎格雷", StringComparison.Ordinal) && e.Text.Contains("支付不超过14天")))];

        Assert.NotEmpty(ozagrel);
        Assert.All(ozagrel, o => Assert.Equal(14, (int)o.Attributes!["max_days"]!));
    }

    [Fact]
    public void Run_RealFile_UnnumberedSeriesRestatesEarlierPointsUnderTheSameId()
    {
        PointOutcome first = Assert.Single(import.Run.Outcomes, o => o.NhsaId == "KP-630264b3f1586762");
        PointOutcome restated = Assert.Single(import.Run.Outcomes, o => o.NhsaId == "KP-9d2200dd87d22a1a");

        Assert.Equal(first.EntryId, restated.EntryId);
        Assert.Contains(import.Run.Entries, e => e.Id == restated.EntryId && e.Source.StartsWith("NHSA unnumbered batch: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RealFile_WarnsThatBatch11FileNamesAreSwapped()
    {
        Assert.Equal(2, Report.Warnings.Count(w => w.StartsWith("source file '第十一批", StringComparison.Ordinal)));
    }
}
