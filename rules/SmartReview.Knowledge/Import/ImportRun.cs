using SmartReview.Knowledge.Reporting;

namespace SmartReview.Knowledge.Import;

/// <summary>An import's report with what became of every line and the entries written (for tests and tracing).</summary>
internal sealed record ImportRun(ImportReport Report, IReadOnlyList<PointOutcome> Outcomes, IReadOnlyList<EntryDraft> Entries);
