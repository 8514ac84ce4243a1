using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Points;
using SmartReview.Edge.Auth;
using SmartReview.Review.Points;

namespace SmartReview.Host.Pages.Points;

/// <summary>The register (一医一档) of one year: each person the user may see with the year's points and status.</summary>
internal sealed class IndexModel(PointsRegister register, SignedIn signedIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<PointsStanding> People { get; private set; } = [];

    public PointsScale Scale => register.Scale;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        Year ??= register.ThisYear;
        if (await register.YearAsync(signedIn.Actor(User), Year.Value, cancel) is not { } people)
        {
            return Forbid();
        }

        People = people;
        return Page();
    }
}
