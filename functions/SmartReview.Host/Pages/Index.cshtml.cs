using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Pages;

/// <summary>Home: each role to its own page.</summary>
internal sealed class IndexModel(SignedIn signedIn) : PageModel
{
    public IActionResult OnGet() => Redirect(signedIn.Actor(User)?.Role switch
    {
        Role.Reviewer => "/work",
        Role.PanelMember => "/panel",
        Role.Facility => "/facility",
        Role.Supervisor or Role.Administrator => "/dashboard",
        _ => "/denied",
    });
}
