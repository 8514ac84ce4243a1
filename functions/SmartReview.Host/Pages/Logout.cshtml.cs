using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartReview.Host.Pages;

/// <summary>Signs out (a form post, so a link cannot do it) and goes to the sign-in page.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/login");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/login");
    }
}
