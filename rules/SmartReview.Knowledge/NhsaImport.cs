using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Nhsa;
using SmartReview.Knowledge.Reporting;
using SmartReview.Knowledge.Validation;

namespace SmartReview.Knowledge;

/// <summary>
/// Imports national knowledge points (NHSA batch files, JSON Lines) into SmartReview knowledge files, one per set, in
/// <paramref name="outputFolder"/>. Pass every batch in publication order: a later point restating an earlier one
/// replaces it, a <c>"status":"withdrawn"</c> line removes it. See docs/knowledge-import.md.
/// </summary>
public static class NhsaImport
{
    /// <summary>Runs the import and returns its report (write it with <see cref="ImportReport.ToMarkdown"/> / <see cref="ImportReport.ToJson"/>).</summary>
    public static ImportReport Run(IEnumerable<string> batchFiles, ImportOptions options, string outputFolder) =>
        Execute(batchFiles, options, outputFolder).Report;

    internal static ImportRun Execute(IEnumerable<string> batchFiles, ImportOptions options, string outputFolder)
    {
        ImportData data = ImportData.Load(options);
        var importer = new Importer(data);
        string[] files = [.. batchFiles];
        foreach (NhsaLine line in files.SelectMany(NhsaPointReader.Read))
        {
            importer.Apply(line);
        }

        var removed = new List<string>();
        IReadOnlyList<SetSummary> sets = KnowledgeWriter.Write(importer.Entries, data.Map, outputFolder, removed);
        var errors = new List<string>();
        var notes = new List<string>();
        if (options.Validate)
        {
            KnowledgeValidator.Validate(outputFolder, sets, errors, notes);
        }

        ImportReport report = ReportBuilder.Build(files, options, data, importer, sets, removed, errors, notes);
        return new ImportRun(report, importer.Outcomes, importer.Entries);
    }
}
