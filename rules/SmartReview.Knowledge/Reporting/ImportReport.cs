namespace SmartReview.Knowledge.Reporting;

/// <summary>
/// The result of an import: counts by batch and rule (read, checkable, text-only, withdrawn, replaced, skipped) with
/// the reasons points stayed text, what each rule and set holds, warnings and validation. Deterministic for the same
/// input (file names only, no clock), so a committed report diffs cleanly.
/// </summary>
public sealed record ImportReport
{
    public required IReadOnlyList<string> Files { get; init; }
    public required ImportSettings Settings { get; init; }
    public required ImportTotals Totals { get; init; }

    /// <summary>The framework rules the rule table maps, and the points kept under the generic rule.</summary>
    public required FrameworkCoverage Framework { get; init; }
    public required IReadOnlyList<RuleSummary> Rules { get; init; }
    public required IReadOnlyList<BatchRuleRow> Rows { get; init; }
    public required IReadOnlyList<SetSummary> Sets { get; init; }

    /// <summary>Every reason key that appears, with what it means.</summary>
    public required IReadOnlyDictionary<string, string> Reasons { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<string> RemovedFiles { get; init; }
    public required IReadOnlyList<string> ValidationErrors { get; init; }
    public required IReadOnlyList<string> ValidationNotes { get; init; }

    public string ToMarkdown() => ReportMarkdown.Write(this);

    public string ToJson() => ReportJson.Write(this);
}
