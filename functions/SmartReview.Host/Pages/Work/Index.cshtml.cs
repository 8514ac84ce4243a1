using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Work;

/// <summary>
/// The work queue: open cases of one stage in due order, narrowed by facility and rule, a page at a time. Reviewers
/// start in first review, supervisors in final decision.
/// </summary>
internal sealed class IndexModel(ICaseQueries queries, SignedIn signedIn) : PageModel
{
    private const int PageSize = 50;

    public static IReadOnlyList<Stage> Stages { get; } = [Review.Stage.FirstReview, Review.Stage.Appeal, Review.Stage.ReReview, Review.Stage.Panel, Review.Stage.FinalDecision];

    [BindProperty(SupportsGet = true)]
    public Stage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Facility { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public CasePage Cases { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        Stage ??= signedIn.Actor(User)?.Role == Role.Reviewer ? Review.Stage.FirstReview : Review.Stage.FinalDecision;
        if (!Stages.Contains(Stage.Value))
        {
            return BadRequest();
        }

        Cases = await queries.QueueAsync(new CaseQuery(Stage, Blank(Facility), Blank(Rule), PageSize, Blank(After)), cancel);
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
