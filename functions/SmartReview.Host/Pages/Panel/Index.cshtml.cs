using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Panel;

/// <summary>The panel member's list: cases in deliberation, those still awaiting this member's vote first.</summary>
internal sealed class IndexModel(ICaseQueries queries, ICaseStore cases, ReviewSettings review, SignedIn signedIn) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<(CaseSummary Summary, bool Voted, int Cast)> Cases { get; private set; } = [];

    /// <summary>How many members the panel has.</summary>
    public int PanelSize => review.PanelSize;

    public async Task OnGetAsync(CancellationToken cancel)
    {
        string me = signedIn.Actor(User)!.Id;
        CasePage page = await queries.QueueAsync(new CaseQuery(Stage.Panel, null, null, PageSize, null), cancel);
        StoredCase?[] full = await Task.WhenAll(page.Items.Select(s => cases.GetAsync(new CaseKey(s.FacilityId, s.CaseId), cancel)));
        Cases = [.. page.Items.Zip(full, (s, c) => (s, c?.Case.Votes.Any(v => v.MemberId == me) == true, c?.Case.Votes.Count ?? 0))
            .OrderBy(x => x.Item2)];
    }
}
