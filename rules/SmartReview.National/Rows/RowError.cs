namespace SmartReview.National.Rows;

/// <summary>Why a row cannot be used: the column (when one is at fault), its value and the reason.</summary>
internal sealed record RowError(string? Column, string? Value, string Reason);
