using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>Why a claim or an assignment is refused, where the review flow itself has no word for it (Chinese first).</summary>
internal static class ClaimTexts
{
    public static Rejection AssignNotAllowed { get; } = new(RejectionCode.NotAllowed,
        "只有主管或管理员可以分派案件。", "Only a supervisor or an administrator assigns cases.");

    public static Rejection AssigneeRequired { get; } = new(RejectionCode.NotAllowed,
        "请指定分派给谁。", "Name the user to assign the case to.");

    public static Rejection Closed { get; } = new(RejectionCode.CaseClosed,
        "案件已结案，无需认领。", "The case is closed; there is nothing to claim.");
}
