namespace SmartReview.Review.Tests.Support;

/// <summary>Cases people open: a supervisor's inspection finding of ¥5,000.00 and facility H001's report refunding ¥1,200.00.</summary>
internal static class ByHand
{
    public static readonly OpenCase Inspection = new(CaseOrigin.Inspection, Actors.FacilityId, 5000m, "现场检查发现串换药品，涉及金额5000元", "S-0009");

    public static readonly OpenCase Report = new(CaseOrigin.SelfReport, Actors.FacilityId, 1200m, "自查发现重复收取床位费，主动退回");

    public static Opening Try(OpenCase request, Actor by) =>
        ReviewFlow.OpenByHand("M-0001", request, by, CaseBuilder.Monday, new ReviewSettings(), WorkingCalendar.China);

    public static Scenario Open(OpenCase request, Actor by) => new(Try(request, by), new ReviewSettings(), CaseBuilder.Monday);
}
