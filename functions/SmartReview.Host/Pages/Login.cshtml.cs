using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Pages;

/// <summary>
/// Sign-in for the demo users, with the same check and the same failure limit as <c>POST /api/auth/login</c>; then back
/// to the page asked for, or home.
/// </summary>
internal sealed class LoginModel(DemoSignIn demo) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "user")]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    /// <summary>When the user name is locked: the minutes until it may try again, shown with the error.</summary>
    public int? RetryMinutes { get; private set; }

    public async Task<IActionResult> OnPostAsync(string? password)
    {
        DemoSignInResult result = await demo.SignInAsync(HttpContext, UserName ?? "", password ?? "");
        if (result.Principal is not null)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.RetryAfter is not null)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        Error = result.RetryAfter is null ? "Login.Wrong" : "Login.TooMany";
        RetryMinutes = result.RetryAfter is { } wait ? (int)Math.Ceiling(wait.TotalMinutes) : null;
        return Page();
    }
}
