using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Points;
using SmartReview.Edge.Auth;

namespace SmartReview.Host.Pages.Points;

/// <summary>One person's record: per year the points, the status and the entries that set it, each entry with its case.</summary>
internal sealed class PersonModel(PointsRegister register, SignedIn signedIn) : PageModel
{
    public PersonRecord Record { get; private set; } = null!;

    public SmartReview.Review.Points.PointsScale Scale => register.Scale;

    public async Task<IActionResult> OnGetAsync(string person, CancellationToken cancel)
    {
        if (await register.PersonAsync(signedIn.Actor(User), person, cancel) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
