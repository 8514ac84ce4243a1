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
/// The work queue: open cases of one stage, earliest due first or sorted by due, amount, rule or facility either way,
/// narrowed by facility, rule (picked by name), amount, due date, assignee, settlement and person, a page at a time,
/// with how many the list holds. "Next case" opens (and claims) the caller's next case. With one facility and one
/// rule chosen, cases can be decided in bulk: the first post shows what is about to be decided for confirmation, the
/// second decides, and the answer lists every case with its own outcome.
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

    /// <summary>"due", "amount", "rule" or "facility".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"asc" or "desc".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Settlement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    /// <summary>Only cases of this origin (rule flags, indicators, …); all when none.</summary>
    [BindProperty(SupportsGet = true)]
    public CaseOrigin? Origin { get; set; }

    public QueueOrder Order { get; private set; } = QueueOrder.Default;

    /// <summary>A bulk decision waiting for its confirmation: the cases, the decision and the reason as posted.</summary>
    public BulkConfirmation? Confirming { get; private set; }

    public CasePage Cases { get; private set; } = new([], null);

    /// <summary>The answer to the bulk decision just made, case by case.</summary>
    public BulkResult? Bulk { get; private set; }

    /// <summary>Bulk decisions need the list narrowed to one facility and one rule.</summary>
    public bool CanBulk => Stage is Review.Stage.FirstReview or Review.Stage.ReReview && !string.IsNullOrWhiteSpace(Facility) && !string.IsNullOrWhiteSpace(Rule);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        Stage ??= signedIn.Actor(User)?.Role == Role.Reviewer ? Review.Stage.FirstReview : Review.Stage.FinalDecision;
        if (!Stages.Contains(Stage.Value) || !QueueOrder.TryParse(Sort, Dir, out QueueOrder order))
        {
            return BadRequest();
        }

        Order = order;

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

    public async Task<IActionResult> OnPostBulkAsync(List<string> keys, string decision, string? reason, bool confirmed, CancellationToken cancel)
    {
        if (!CanBulk || signedIn.Actor(User) is not { } me || !QueueOrder.TryParse(Sort, Dir, out QueueOrder order))
        {
            return BadRequest();
        }

        Order = order;

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

        if (!confirmed)
        {
            Confirming = new BulkConfirmation([.. keys.Distinct(StringComparer.Ordinal)], decision, reason ?? "");
            await LoadAsync(cancel);
            return Page();
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
            SettlementId = Blank(Settlement),
            PersonId = Blank(Person),
            Origin = Origin,
            Order = Order,
        };
        Task<QueueCount> total = queries.CountAsync(query, cancel);
        Cases = await queries.QueueAsync(query, cancel) with { Total = await total };
    }

    /// <summary>This list's address with some of its parameters changed (null drops one): for sorting, paging and going back.</summary>
    public string Link(IReadOnlyDictionary<string, string?> changes)
    {
        (string sort, string dir) = Order.ToQuery();
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["stage"] = Stage?.ToString(), ["facility"] = Blank(Facility), ["rule"] = Blank(Rule),
            ["minAmount"] = MinAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["dueBefore"] = DueBefore?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["assignee"] = Blank(Assignee),
            ["settlement"] = Blank(Settlement), ["person"] = Blank(Person), ["origin"] = Origin?.ToString(), ["sort"] = sort, ["dir"] = dir,
        };
        foreach ((string name, string? value) in changes)
        {
            parameters[name] = value;
        }

        return "/work" + Microsoft.AspNetCore.Http.QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>The link a column heading gives: sorted by it, the other way round when it is the order already (amounts start largest first).</summary>
    public string SortLink(QueueSort by) =>
        Link(new Dictionary<string, string?>
        {
            ["sort"] = by.ToString().ToLowerInvariant(),
            ["dir"] = (Order.By == by ? !Order.Descending : by == QueueSort.Amount) ? "desc" : "asc",
        });

    /// <summary>The flags export of this list: the same filters and order.</summary>
    public string ExportLink() => "/api/exports/flags.xlsx" + Link(new Dictionary<string, string?>())["/work".Length..];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
