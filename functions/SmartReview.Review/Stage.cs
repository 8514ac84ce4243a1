namespace SmartReview.Review;

/// <summary>Where a case is in the five-stage review (初审 → 申诉 → 复审 → 合议 → 终审), or closed.</summary>
public enum Stage
{
    /// <summary>初审: a reviewer confirms or dismisses a suspicious flag.</summary>
    FirstReview,

    /// <summary>申诉: the facility may appeal (round 1) or contest a re-review (round 2), or accept.</summary>
    Appeal,

    /// <summary>复审: a second reviewer upholds, overturns or adjusts the first decision.</summary>
    ReReview,

    /// <summary>合议: a panel votes.</summary>
    Panel,

    /// <summary>终审: a supervisor finalises the proposed outcome.</summary>
    FinalDecision,

    /// <summary>结案: decided; only a supervisor's correction may follow.</summary>
    Closed,
}
