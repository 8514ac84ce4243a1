using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Reports;

namespace SmartReview.Host.Pages.Dashboard;

/// <summary>The supervisor dashboard over the last built figures (rebuilt in the background once a minute old; "refresh" waits for a new one).</summary>
internal sealed class IndexModel(DashboardService dashboards) : PageModel
{
    public const int TopRows = 15;

    public Application.Reports.Dashboard Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancel) => Figures = await dashboards.GetAsync(cancel);

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancel)
    {
        await dashboards.RefreshAsync(cancel);
        return RedirectToPage();
    }
}
