namespace SmartReview.Synthetic.Tests.Support;

/// <summary>A facility-month flag as the oracle and the engine both state it, for comparing the two sets.</summary>
internal sealed record IndicatorFlag(string RuleId, string FacilityId, string Month, decimal Value, decimal Threshold, long Stays, decimal Amount)
{
    public override string ToString() => $"{RuleId} {FacilityId} {Month}: value {Value}, threshold {Threshold}, stays {Stays}, amount {Amount}";
}
