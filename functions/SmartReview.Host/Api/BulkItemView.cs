namespace SmartReview.Host.Api;

/// <summary>One case of a bulk decision.</summary>
internal sealed record BulkItemView(string Key, string Status, string? Code, string? MessageZh, string? MessageEn);
