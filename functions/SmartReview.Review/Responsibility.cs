namespace SmartReview.Review;

/// <summary>A person's degree of responsibility for a confirmed violation (责任程度), which sets the range of points.</summary>
public enum Responsibility
{
    /// <summary>一般责任.</summary>
    General,

    /// <summary>重要责任.</summary>
    Important,

    /// <summary>主要责任.</summary>
    Main,
}
