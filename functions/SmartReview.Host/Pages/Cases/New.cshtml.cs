using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Web;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Cases;

/// <summary>A supervisor opens a case from an on-site inspection, a tip or a random sample, for a facility the bureau knows.</summary>
[Authorize(Roles = RoleNames.Supervisor)]
internal sealed class NewModel(CaseOpener opener, IFacilities facilities, SignedIn signedIn, IStringLocalizer<Ui> texts)
    : OpeningPage(opener, signedIn, texts)
{
    public static IReadOnlyList<CaseOrigin> Origins { get; } = [CaseOrigin.Inspection, CaseOrigin.Tip, CaseOrigin.RandomSample];

    /// <summary>The facilities the bureau knows, offered as the facility field's suggestions.</summary>
    public IReadOnlyList<string> Facilities { get; private set; } = [];

    protected override string SavedText => "Open.Saved";

    public async Task OnGetAsync(CancellationToken cancel) => Facilities = await facilities.ListAsync(cancel);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Facilities = await facilities.ListAsync(cancel);
        return await OpenAsync(cancel);
    }
}
