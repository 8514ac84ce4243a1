namespace SmartReview.Rules.Families;

/// <summary>
/// What a family's flag puts at stake (docs/rule-families.md, docs/decisions/0016-what-a-flag-stakes.md): the charges
/// it names, or nothing until a reviewer sets the amount. Family metadata, never a rule's.
/// </summary>
public enum Stake
{
    /// <summary>The money of the charges the flag names, or the part of it above a limit, cap or discount.</summary>
    NamedCharges,

    /// <summary>
    /// Nothing: the flag is a reason to look at a whole stay (a large claim, a coding mismatch, a readmission). A
    /// reviewer sets the amount, up to the flag's ceiling, the stay's total.
    /// </summary>
    SetByReviewer,

    /// <summary>A facility-month's money above the indicator's threshold; nothing for rates (docs/indicators.md).</summary>
    IndicatorExcess,
}
