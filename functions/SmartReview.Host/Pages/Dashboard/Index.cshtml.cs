using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Reports;

namespace SmartReview.Host.Pages.Dashboard;

/// <summary>
/// The supervisor dashboard over the stored figures, kept current in the background (docs/decisions/0023): flags by
/// discharge month or by settlement month (<c>months</c>), the top rules and facilities or all of them (<c>all</c>),
/// each row linking to the work queue filtered by it. "Refresh" counts what changed now.
/// </summary>
internal sealed class IndexModel(DashboardService dashboards) : PageModel
{
    public const int TopRows = 15;

    [BindProperty(SupportsGet = true)]
    public string? Months { get; set; }

    /// <summary>"rules" or "facilities": that table in full.</summary>
    [BindProperty(SupportsGet = true)]
    public string? All { get; set; }

    public Application.Reports.Dashboard Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (DashboardMonths.TryParse(Months) is not { } basis)
        {
            return BadRequest();
        }

        Figures = await dashboards.GetAsync(basis, cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancel)
    {
        await dashboards.RefreshAsync(cancel: cancel);
        return RedirectToPage(new { Months, All });
    }

    /// <summary>The rows of a table: all of them when asked for, else the top <see cref="TopRows"/>.</summary>
    public IEnumerable<T> Rows<T>(string table, IEnumerable<T> ordered) => All == table ? ordered : ordered.Take(TopRows);

    /// <summary>The work queue of open cases in first review, narrowed by <paramref name="filter"/> (rule or facility).</summary>
    public static string QueueLink(string filter, string value) => $"/work?stage=FirstReview&{filter}={Uri.EscapeDataString(value)}";
}
