using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartReview.Application.Cases;
using SmartReview.Edge.Auth;
using SmartReview.Host.Web;

namespace SmartReview.Host.Pages.Facility;

/// <summary>A facility files a self-inspection report with its voluntary refund, for itself only (the facility is the signed-in user's).</summary>
internal sealed class ReportModel(CaseOpener opener, SignedIn signedIn, IStringLocalizer<Ui> texts) : OpeningPage(opener, signedIn, texts)
{
    public string FacilityId => Me.FacilityId ?? "";

    protected override string SavedText => "Report.Saved";

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancel) => OpenAsync(cancel);
}
