using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Indicators;

/// <summary>
/// An indicator of one facility in one month above its threshold: which rule, the value and the threshold, the
/// stays it rests on and the money at stake (see docs/indicators.md). The id is deterministic.
/// </summary>
public sealed record FacilityFlag(string Id, string FacilityId, string Month, string RuleId, string? RuleCode, string Pack, string Indicator,
    decimal Value, decimal Threshold, long Stays, decimal Amount, ResultType Result, LocalizedText Message);
