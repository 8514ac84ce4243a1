namespace SmartReview.Review;

/// <summary>Where a case comes from. Cases stored before origins were kept have none: they are rule flags.</summary>
public enum CaseOrigin
{
    /// <summary>规则疑点: one settlement's flag from the scoring engine.</summary>
    RuleFlag,

    /// <summary>指标监测: a facility indicator over its threshold for one discharge month.</summary>
    Indicator,

    /// <summary>现场检查/飞行检查: an on-site or unannounced inspection.</summary>
    Inspection,

    /// <summary>举报线索: a tip.</summary>
    Tip,

    /// <summary>双随机抽查: a random sample.</summary>
    RandomSample,

    /// <summary>自查自纠: a facility's own report, with a voluntary refund.</summary>
    SelfReport,
}
