using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Facility;

/// <summary>
/// The facility portal: what the signed-in facility owes (due, received and outstanding by kind, month and case, from
/// its own ledger), and its own cases (read from its own partition only), those awaiting its answer first, with their deadlines.
/// </summary>
internal sealed class IndexModel(ICaseQueries queries, ICaseStore cases, SignedIn signedIn) : PageModel
{
    private const int PageSize = 100;

    public static IReadOnlyList<Stage?> Stages { get; } = [Review.Stage.Appeal, null, Review.Stage.FirstReview, Review.Stage.ReReview, Review.Stage.Panel, Review.Stage.FinalDecision, Review.Stage.Closed];

    [BindProperty(SupportsGet = true)]
    public Stage? Stage { get; set; }

    /// <summary>Every stage, closed cases included.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public string FacilityId { get; private set; } = "";

    public CasePage Cases { get; private set; } = new([], null);

    /// <summary>What the facility owes, from its own ledger.</summary>
    public Owed Owed { get; private set; } = Owed.Of("", []);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        FacilityId = signedIn.Actor(User)!.FacilityId!;
        Stage = All ? null : Stage ?? Review.Stage.Appeal;
        Owed = Owed.Of(FacilityId, await cases.LedgerAsync(FacilityId, null, cancel));
        Cases = await queries.FacilityCasesAsync(new CaseQuery(Stage, FacilityId, null, PageSize, string.IsNullOrEmpty(After) ? null : After), cancel);
    }
}
