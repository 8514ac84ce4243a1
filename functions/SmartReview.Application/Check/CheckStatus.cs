namespace SmartReview.Application.Check;

/// <summary>How a real-time check ended.</summary>
public enum CheckStatus
{
    /// <summary>Scored: the flags (possibly none) with their explanations.</summary>
    Checked,

    /// <summary>The settlement does not parse or validate; <see cref="CheckOutcome.Error"/> names the field.</summary>
    Invalid,

    /// <summary>A facility user sent another facility's settlement.</summary>
    OtherFacility,
}
