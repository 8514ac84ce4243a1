using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Host.Web;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;

namespace SmartReview.Host.Pages.Work;

/// <summary>
/// The work queue: open cases of one stage in due order, narrowed by facility, rule, amount, due date and assignee,
/// a page at a time. "Next case" opens (and claims) the caller's next case. With one facility and one rule chosen,
/// cases can be decided in bulk, and the answer lists every case with its own outcome.
/// </summary>
internal sealed class IndexModel(ICaseQueries queries, NextCase next, BulkDecision bulk, SignedIn signedIn, IStringLocalizer<Ui> texts) : PageModel
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
    public decimal? MinAmount { get; set; }

    /// <summary>A China date: cases due before its start.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? DueBefore { get; set; }

    /// <summary>"me", "none", or empty for anyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public CasePage Cases { get; private set; } = new([], null);

    /// <summary>The answer to the bulk decision just made, case by case.</summary>
    public BulkResult? Bulk { get; private set; }

    /// <summary>Bulk decisions need the list narrowed to one facility and one rule.</summary>
    public bool CanBulk => Stage is Review.Stage.FirstReview or Review.Stage.ReReview && !string.IsNullOrWhiteSpace(Facility) && !string.IsNullOrWhiteSpace(Rule);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        Stage ??= signedIn.Actor(User)?.Role == Role.Reviewer ? Review.Stage.FirstReview : Review.Stage.FinalDecision;
        if (!Stages.Contains(Stage.Value))
        {
            return BadRequest();
        }

        await LoadAsync(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancel)
    {
        if (Stage is not { } stage || signedIn.Actor(User) is not { } me)
        {
            return BadRequest();
        }

        if (await next.NextAsync(stage, me, cancel) is { } key)
        {
            return Redirect($"/cases/{key}");
        }

        TempData["Notice"] = texts["Work.NoNext"].Value;
        return Redirect($"/work?stage={stage}");
    }

    public async Task<IActionResult> OnPostBulkAsync(List<string> keys, string decision, string? reason, CancellationToken cancel)
    {
        if (!CanBulk || signedIn.Actor(User) is not { } me)
        {
            return BadRequest();
        }

        Func<ReviewCase, CaseCommand>? command = decision switch
        {
            "confirm" => c => new ConfirmFlag(c.Flag.AmountAtStake, reason ?? ""),
            "dismiss" => _ => new DismissFlag(reason ?? ""),
            "uphold" => _ => new UpholdDecision(reason ?? ""),
            "overturn" => _ => new OverturnDecision(reason ?? ""),
            _ => null,
        };
        if (command is null)
        {
            return BadRequest();
        }

        Bulk = await bulk.HandleAsync(keys, command, me, cancel);
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel)
    {
        string? me = signedIn.Actor(User)?.Id;
        var query = new CaseQuery(Stage, Blank(Facility), Blank(Rule), PageSize, Blank(After))
        {
            MinAmount = MinAmount,
            DueBefore = DueBefore is { } d ? ChinaTime.StartOfDayUtc(d) : null,
            AssigneeId = Assignee == "me" ? me : null,
            Unassigned = Assignee == "none",
        };
        Cases = await queries.QueueAsync(query, cancel);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
