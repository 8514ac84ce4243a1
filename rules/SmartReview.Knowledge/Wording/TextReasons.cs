namespace SmartReview.Knowledge.Wording;

/// <summary>Why a point stayed text-only or was skipped: stable keys (counted in the report) and what they mean.</summary>
internal static class TextReasons
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["sex.both_named"] = "the wording names both sexes",
        ["sex.none_named"] = "the wording names neither sex",
        ["age.adults_named"] = "the wording also names adults (e.g. the label includes adult dosing)",
        ["age.none_named"] = "no age or age group in the wording, and the rule has no default",
        ["age.inconsistent"] = "the ages in the wording contradict each other",
        ["scheme.none_named"] = "no insurance scheme in the wording, and the rule has no default",
        ["setting.none_named"] = "no care setting in the wording",
        ["level.first_prescription"] = "the facility level applies to the first prescription only",
        ["level.none_named"] = "no facility level in the wording",
        ["course.months"] = "the payable course is in months and spans stays",
        ["course.none_named"] = "no payable days in the wording",
        ["indication.prior_treatment"] = "requires earlier treatment (second-line wording)",
        ["indication.no_catalogue_condition"] = "no condition in the wording is in the indication catalogue",
        ["indication.unmapped_remainder"] = "part of the wording (a condition or a qualifier) is not in the catalogue",
        ["second_line.rule"] = "second-line use: the earlier treatment cannot be seen in one settlement",
        ["surgery.no_group"] = "no surgery group named",
        ["text.rule"] = "the rule's family is text-only",
        ["line.unreadable"] = "skipped: the line is not a JSON object",
        ["rule.unmapped"] = "skipped: no mapping for the rule name or code (add a row to rule-map.json)",
        ["point.no_codes"] = "skipped: no national codes (a note row, not a point)",
        ["point.no_item_name"] = "skipped: no item name",
        ["point.incomplete_identity"] = "skipped: a part of the point's identity is missing",
        ["status.unknown"] = "skipped: status is neither active nor withdrawn",
    };
}
