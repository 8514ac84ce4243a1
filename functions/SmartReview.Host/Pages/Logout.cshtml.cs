using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Pages;

/// <summary>Signs out (a form post, so a link cannot do it; the session ends on the server) and goes to the sign-in page.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class LogoutModel(DemoSignIn demo) : PageModel
{
    public IActionResult OnGet() => Redirect("/login");

    public async Task<IActionResult> OnPostAsync()
    {
        await demo.SignOutAsync(HttpContext);
        return Redirect("/login");
    }
}
