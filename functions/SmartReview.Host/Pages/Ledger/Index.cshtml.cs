using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Ledger;
using SmartReview.Application.Ports;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Ledger;

/// <summary>
/// The bureau's ledger (supervisors and administrators): what one facility owes by kind, month and case, through a
/// month if given, and its receipts (newest first) with their vouchers, with links to the cases where receipts are recorded.
/// </summary>
internal sealed class IndexModel(ICaseStore cases) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Facility { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    /// <summary>The statement, once a facility is asked for.</summary>
    public Owed? Owed { get; private set; }

    /// <summary>The facility's receipts through the month, newest first.</summary>
    public IReadOnlyList<LedgerPosting> Receipts { get; private set; } = [];

    /// <summary>Set when the month is not yyyy-MM.</summary>
    public bool BadMonth { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Facility = string.IsNullOrWhiteSpace(Facility) ? null : Facility.Trim();
        Month = string.IsNullOrWhiteSpace(Month) ? null : Month.Trim();
        BadMonth = Month is not null && !ChinaTime.IsMonth(Month);
        if (Facility is not null && !BadMonth)
        {
            IReadOnlyList<LedgerPosting> entries = await cases.LedgerAsync(Facility, null, cancel);
            Owed = Owed.Of(Facility, entries, Month);
            Receipts = [.. entries.Where(p => p.Kind == LedgerKind.Receipt && (Month is null || string.CompareOrdinal(p.Month, Month) <= 0))
                .OrderByDescending(p => p.Month, StringComparer.Ordinal).ThenByDescending(p => p.CaseId, StringComparer.Ordinal).ThenByDescending(p => p.Sequence)];
        }
    }
}
