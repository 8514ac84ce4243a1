using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>What the pages need to know of a case's origin.</summary>
internal static class Origins
{
    /// <summary>Whether a person opened the case (a finding or a self-inspection report) rather than the scoring engine.</summary>
    public static bool ByHand(this FlagSummary flag) =>
        flag.Source is CaseOrigin.Inspection or CaseOrigin.Tip or CaseOrigin.RandomSample or CaseOrigin.SelfReport;
}
