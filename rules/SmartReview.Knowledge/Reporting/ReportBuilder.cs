using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Reporting;

/// <summary>Turns an import's tallies, entries in force and written files into the <see cref="ImportReport"/>.</summary>
internal static class ReportBuilder
{
    public static ImportReport Build(
        IReadOnlyList<string> files, ImportOptions options, ImportData data, Importer importer, IReadOnlyList<SetSummary> sets,
        IReadOnlyList<string> removed, IReadOnlyList<string> errors, IReadOnlyList<string> notes)
    {
        BatchRuleRow[] rows = [.. importer.Rows.Select(Row)];
        IReadOnlyList<EntryDraft> entries = importer.Entries;
        int text = entries.Count(e => e.IsTextOnly);
        var totals = new ImportTotals(
            rows.Sum(r => r.Read), rows.Sum(r => r.Checkable), rows.Sum(r => r.TextOnly), rows.Sum(r => r.Withdrawals), rows.Sum(r => r.Skipped),
            rows.Sum(r => r.Restated), rows.Sum(r => r.SupersededLater), rows.Sum(r => r.WithdrawnLater), entries.Count, entries.Count - text, text);
        string[] used = [.. rows.SelectMany(r => r.TextReasons.Keys.Concat(r.SkipReasons.Keys)).Distinct().Order(StringComparer.Ordinal)];
        return new ImportReport
        {
            Files = [.. files.Select(Path.GetFileName).OfType<string>()],
            Settings = new ImportSettings(
                options.ChildMaxAgeYears, options.NewbornMaxAgeDays, Describe(options.IndicationCataloguePath, "embedded synthetic catalogue"),
                data.CatalogueSize, Describe(options.RuleMapPath, "embedded"), Describe(options.WordingPatternsPath, "embedded")),
            Totals = totals,
            Framework = data.Framework.Coverage(data.Map, Reason(rows, "rule.framework_not_mapped"), Reason(rows, "rule.unknown")),
            Rules = [.. data.Map.Rules.Concat(importer.FallbackRules).Select(rule => Summary(rule, entries)).OfType<RuleSummary>()],
            Rows = rows,
            Sets = sets,
            Reasons = used.ToDictionary(k => k, k => TextReasons.Descriptions.GetValueOrDefault(k, k)),
            Warnings = importer.Warnings,
            RemovedFiles = removed,
            ValidationErrors = errors,
            ValidationNotes = notes,
        };
    }

    private static int Reason(BatchRuleRow[] rows, string reason) => rows.Sum(r => r.TextReasons.GetValueOrDefault(reason));

    private static string Describe(string? path, string fallback) => path is null ? fallback : Path.GetFileName(path);

    private static RuleSummary? Summary(RuleMapping rule, IReadOnlyList<EntryDraft> entries)
    {
        EntryDraft[] mine = [.. entries.Where(e => e.RuleKey == rule.Key)];
        if (mine.Length == 0)
        {
            return null;
        }

        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (EntryDraft e in mine.Where(e => e.IsTextOnly))
        {
            reasons[e.TextReason!] = reasons.GetValueOrDefault(e.TextReason!) + 1;
        }

        int text = mine.Count(e => e.IsTextOnly);
        var shapes = new SortedDictionary<string, int>(mine.GroupBy(e => e.Shape).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        return new RuleSummary(rule.Key, rule.Names.FirstOrDefault() ?? rule.Key, rule.Family, rule.Set, mine.Length - text, text, reasons, shapes);
    }

    private static BatchRuleRow Row(RowTally t) => new(
        t.Batch, t.RuleName, t.RuleCode, t.Family, t.Set, t.Read, t.Checkable, t.TextOnly, t.Withdrawals, t.Skipped, t.Restated,
        t.SupersededLater, t.WithdrawnLater, t.TextReasons, t.SkipReasons, t.Shapes);
}
