using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Shapes;

/// <summary>
/// The shapes a point's structure can have: what the check is about (two items charged together, a count per window,
/// a course, an age, a sex…). The rule gives the shape; for a rule without a checkable family of its own the logic
/// column does. <see cref="IsTwoItem"/> shapes are about two items: none of their entries ever flags one item alone.
/// </summary>
internal static class PointShapes
{
    public const string Pair = "pair";
    public const string Unbundling = "unbundling";
    public const string Frequency = "frequency";
    public const string PeriodFrequency = "period_frequency";
    public const string Amount = "amount";
    public const string Course = "course";
    public const string Age = "age";
    public const string Sex = "sex";
    public const string Level = "level";
    public const string Setting = "setting";
    public const string Item = "item";

    public static bool IsTwoItem(string shape) => shape is Pair or Unbundling;

    /// <summary>The shape a rule's family checks; null for a text-only family (the logic column decides).</summary>
    public static string? OfRule(RuleMapping rule) => rule.Family switch
    {
        "exclusive_pair" => Pair,
        "unbundling" => Unbundling,
        "quantity_limit" => rule.Names.Any(n => n.Contains("周期", StringComparison.Ordinal)) ? PeriodFrequency : Frequency,
        "amount_limit" => Amount,
        "course_length_limit" => Course,
        "age_restricted_item" or "age_restricted_code" => Age,
        "sex_restricted_item" or "sex_restricted_code" => Sex,
        "facility_level_restricted_item" => Level,
        "care_setting_restricted_item" => Setting,
        RuleMapping.TextFamily => null,
        _ => Item,
    };
}
