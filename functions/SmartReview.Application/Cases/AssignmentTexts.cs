using System.Globalization;
using System.Resources;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Why a claim or an assignment is refused, where the review flow itself has no word for it: texts from
/// <c>Resources/AssignmentMessages.resx</c> (Simplified Chinese) and <c>AssignmentMessages.en.resx</c>.
/// </summary>
internal static class AssignmentTexts
{
    private static readonly ResourceManager Messages = new("SmartReview.Application.Resources.AssignmentMessages", typeof(AssignmentTexts).Assembly);

    public static Rejection AssignNotAllowed { get; } = Text(RejectionCode.NotAllowed, nameof(AssignNotAllowed));

    public static Rejection AssigneeRequired { get; } = Text(RejectionCode.NotAllowed, nameof(AssigneeRequired));

    public static Rejection UnknownAssignee { get; } = Text(RejectionCode.NotAllowed, nameof(UnknownAssignee));

    public static Rejection FacilityAssignee { get; } = Text(RejectionCode.NotAllowed, nameof(FacilityAssignee));

    public static Rejection Closed { get; } = Text(RejectionCode.CaseClosed, nameof(Closed));

    private static Rejection Text(RejectionCode code, string key) =>
        new(code, Messages.GetString(key, CultureInfo.GetCultureInfo("zh-CN"))!, Messages.GetString(key, CultureInfo.GetCultureInfo("en"))!);
}
