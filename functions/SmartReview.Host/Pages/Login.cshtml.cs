using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Pages;

/// <summary>
/// Sign-in for the demo users, with the same check and the same failure limit as <c>POST /api/auth/login</c>; then back
/// to the page asked for, or home.
/// </summary>
internal sealed class LoginModel(DemoUsers users, SignedIn signedIn, LoginThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "user")]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(string? password)
    {
        string name = UserName ?? "";
        string? address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.RetryAfter(name, address) is not null)
        {
            Error = "Login.TooMany";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (users.SignIn(name, password ?? "") is not { } user)
        {
            throttle.Failed(name, address);
            Error = "Login.Wrong";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, signedIn.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
