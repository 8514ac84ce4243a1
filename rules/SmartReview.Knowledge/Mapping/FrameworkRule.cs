namespace SmartReview.Knowledge.Mapping;

/// <summary>One rule of the national framework (Data/framework-rules.json): GZ/ZB code (null for 2025 additions), name, English gloss, data it needs.</summary>
internal sealed record FrameworkRule(string? Code, string Name, string Gloss, string Data, string Edition)
{
    /// <summary>Decidable from one settlement and the knowledge base (data S or S+H): such a rule can carry knowledge points.</summary>
    public bool Decidable => Data.StartsWith('S');
}
