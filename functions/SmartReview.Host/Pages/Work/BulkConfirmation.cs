namespace SmartReview.Host.Pages.Work;

/// <summary>A bulk decision as first posted, shown back for the reviewer to confirm: which cases, which decision, which reason.</summary>
internal sealed record BulkConfirmation(IReadOnlyList<string> Keys, string Decision, string Reason);
