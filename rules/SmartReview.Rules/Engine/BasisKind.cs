namespace SmartReview.Rules.Engine;

/// <summary>How a screening picks the date a rule must be in force on.</summary>
public enum BasisKind
{
    /// <summary>Each settlement's own discharge date (the default).</summary>
    DischargeDate,

    /// <summary>One chosen date for every settlement.</summary>
    AsOf,

    /// <summary>The rules in force on the day the screening started.</summary>
    Current,
}
