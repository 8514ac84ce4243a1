using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Indicators;

/// <summary>
/// An indicator of one facility in one month above its threshold: which rule, the value and the threshold, the
/// stays it rests on and the money at stake (see docs/indicators.md). The id is deterministic: rule, facility and month.
/// </summary>
public sealed record FacilityFlag(string Id, string FacilityId, string Month, string RuleId, string? RuleCode, string Pack, string Indicator,
    decimal Value, decimal Threshold, long Stays, decimal Amount, ResultType Result, LocalizedText Message)
{
    /// <summary>Whether the value is above the threshold (with its tolerance); a reading below it stakes nothing.</summary>
    public bool Above { get; init; } = true;

    /// <summary>Whether the indicator puts money at stake by itself (shares and costs do; rates and the length of stay do not).</summary>
    public bool StakesMoney { get; init; } = true;
}
