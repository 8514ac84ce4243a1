namespace SmartReview.Rules.Packs;

/// <summary>A text in Simplified Chinese first, English second.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    public string In(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;
}
