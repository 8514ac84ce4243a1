namespace SmartReview.Rules.Tests.Support;

/// <summary>The twelve families of the scoring core (the starter pack has one rule of each).</summary>
internal static class CoreFamilies
{
    public static readonly string[] Names =
    [
        "age_restricted_item", "care_setting_restricted_item", "charge_outside_stay", "diagnosis_restricted_item", "exclusive_pair",
        "facility_level_restricted_item", "large_claim", "low_standard_admission", "quantity_limit", "sex_restricted_item",
        "split_admission", "unit_price_cap",
    ];
}
