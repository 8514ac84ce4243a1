using System.Text.Json.Nodes;
using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Reporting;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests.Import;

/// <summary>
/// The framework rules mapped beyond the published batches (pairs, frequencies, periods, prices, departments,
/// prerequisites), the generic rule for unknown rules, and the report's reconciliation, on synthetic batches.
/// </summary>
public sealed class FrameworkRuleTests
{
    private static readonly Dictionary<string, Lazy<ImportRun>> Runs =
        FrameworkPointCase.Sequence.ToDictionary(p => p.Key, p => new Lazy<ImportRun>(() => Import(p.Value)));

    private static ImportRun Points => Runs[FrameworkPointCase.FrameworkFile].Value;

    private static ImportRun Import(params string[] batches) =>
        NhsaImport.Execute([.. batches.Select(b => Paths.TestData("batches", b))], new ImportOptions(), Paths.TempFolder());

    private static EntryDraft Entry(ImportRun run, string nhsaId) =>
        Assert.Single(run.Entries, e => e.Id == Assert.Single(run.Outcomes, o => o.NhsaId == nhsaId).EntryId);

    [Theory]
    [MemberData(nameof(FrameworkPointCase.Ids), MemberType = typeof(FrameworkPointCase))]
    public void Run_FrameworkPoint_ProducesTheExpectedEntry(string id)
    {
        FrameworkPointCase c = FrameworkPointCase.All[id];
        ImportRun run = Runs[c.File].Value;

        PointOutcome outcome = Assert.Single(run.Outcomes, o => o.NhsaId == id);

        if (c.Skip is not null)
        {
            Assert.Equal((c.Skip, (string?)null), (outcome.SkipReason, outcome.EntryId));
            return;
        }

        EntryDraft entry = Entry(run, id);
        if (c.SameAs is not null)
        {
            Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == c.SameAs).EntryId, entry.Id);
        }

        Assert.Equal((c.Family, c.TextOnly), (entry.Family, entry.TextReason));
        Assert.Equal(c.Codes, entry.Codes);
        if (c.Set is not null)
        {
            Assert.Equal(c.Set, entry.Set);
        }

        if (c.Attributes is not null)
        {
            Assert.True(JsonNode.DeepEquals(c.Attributes, entry.Attributes), $"expected {c.Attributes.ToJsonString()}, read {entry.Attributes.ToJsonString()}");
        }
    }

    [Fact]
    public void Run_FrameworkPoints_EveryRowReconcilesAndNothingButTheNoteIsSkipped()
    {
        ImportReport report = Points.Report;

        Assert.All(report.Rows, r => Assert.Equal(r.Read, r.Checkable + r.TextOnly + r.Withdrawals + r.Skipped));
        Assert.Equal((18, 13, 4, 1), (report.Totals.Read, report.Totals.Checkable, report.Totals.TextOnly, report.Totals.Skipped));
        Assert.True(report.Totals.Reconciles);
        Assert.Equal((1, 1), (report.Framework.PointsOfUnmappedRules, report.Framework.PointsOfUnknownRules));
        Assert.Empty(report.ValidationErrors);
    }

    [Fact]
    public void Run_UnknownRule_IsReportedAsItsOwnRuleUnderTheGenericSet()
    {
        ImportReport report = Points.Report;

        BatchRuleRow row = Assert.Single(report.Rows, r => r.RuleName == "某条新规则");

        Assert.Equal(("text_restricted_item", "nhsa-unmapped-rule-items", 1), (row.Family, row.Set, row.TextReasons["rule.unknown"]));
        Assert.Contains(report.Rules, s => s.RuleName == "某条新规则" && s.TextOnly == 1);
        Assert.Contains("**0 framework rules unmapped**", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PairRestatedInTheOtherOrder_ReplacesTheEarlierEntry()
    {
        ImportRun run = Import("pair-order-1.jsonl", "pair-order-2.jsonl");

        EntryDraft entry = Entry(run, "KP-q1");

        Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == "KP-p1").EntryId, entry.Id);
        Assert.Single(run.Entries, e => e.Set == "nhsa-service-duplicate-pairs");
        Assert.Equal("NHSA batch 22: synthetic-22.xlsx row 1", entry.Source);
    }

    [Fact]
    public void Run_FrequencyRestated_TakesTheLaterLimitAndCodes()
    {
        ImportRun run = Import("pair-order-1.jsonl", "pair-order-2.jsonl");

        EntryDraft entry = Entry(run, "KP-q2");

        Assert.Equal(Assert.Single(run.Outcomes, o => o.NhsaId == "KP-p2").EntryId, entry.Id);
        Assert.Equal(["310100010", "310100011"], entry.Codes);
        Assert.Equal(2m, (decimal)entry.Attributes["max_quantity"]!);
    }

    [Fact]
    public void Run_WithdrawnPairAndUnknownRulePoint_AreRemovedAndReconcile()
    {
        ImportRun run = Import("pair-order-1.jsonl", "pair-order-2.jsonl");

        ImportReport report = run.Report;

        Assert.DoesNotContain(run.Entries, e => e.ItemName == "血清钾测定与血清钠测定" || e.ItemName == "某新药");
        Assert.Equal((8, 2, 2), (report.Totals.Read, report.Totals.Withdrawals, report.Totals.WithdrawnLater));
        Assert.Equal(2, report.Totals.EntriesWritten);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("matches no point in force", StringComparison.Ordinal));
        Assert.True(report.Totals.Reconciles);
    }
}
