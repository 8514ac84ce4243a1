namespace SmartReview.Application.Reports;

/// <summary>A cell whose text the writer looks up by <see cref="Key"/> (a stage, an outcome), so the texts stay in resources.</summary>
public readonly record struct TextKey(string Key);
