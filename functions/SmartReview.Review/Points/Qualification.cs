namespace SmartReview.Review.Points;

/// <summary>Where a person's payment qualification stands from a year's points.</summary>
public enum Qualification
{
    /// <summary>Below the suspension threshold: 正常.</summary>
    Good,

    /// <summary>At or above the suspension threshold: 暂停.</summary>
    Suspended,

    /// <summary>At or above the year's limit: 终止.</summary>
    Terminated,
}
