using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>The fields of the forms that open a case by hand: a supervisor's finding or a facility's self-inspection report.</summary>
internal sealed class OpeningForm
{
    public CaseOrigin Origin { get; set; } = CaseOrigin.Inspection;

    public string? FacilityId { get; set; }

    public string? SettlementId { get; set; }

    public decimal? Amount { get; set; }

    public string? Statement { get; set; }

    /// <summary>What the review flow is asked to open; a facility's report is always its own.</summary>
    public OpenCase ToRequest(Actor by) => by.Role == Role.Facility
        ? new OpenCase(CaseOrigin.SelfReport, by.FacilityId ?? "", Amount ?? 0m, Statement ?? "", SettlementId)
        : new OpenCase(Origin, FacilityId ?? "", Amount ?? 0m, Statement ?? "", SettlementId);
}
