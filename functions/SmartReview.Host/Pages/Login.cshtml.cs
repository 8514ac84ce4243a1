using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Pages;

/// <summary>Sign-in for the demo users (the same check as <c>POST /api/auth/login</c>); back to the page asked for, or home.</summary>
internal sealed class LoginModel(DemoUsers users, SignedIn signedIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "user")]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(string? password)
    {
        if (users.SignIn(UserName ?? "", password ?? "") is not { } user)
        {
            Error = "Login.Wrong";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, signedIn.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
