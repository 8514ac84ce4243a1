namespace SmartReview.Review;

/// <summary>Where a confirmed violation is referred (移送).</summary>
public enum Referral
{
    /// <summary>卫生健康部门: the health commission.</summary>
    Health,

    /// <summary>公安机关: the police (fraud).</summary>
    Police,

    /// <summary>纪检监察机关: the discipline commission.</summary>
    Discipline,
}
