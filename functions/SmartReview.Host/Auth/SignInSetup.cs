using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Web;

namespace SmartReview.Host.Auth;

/// <summary>
/// Authentication and authorization: a cookie for demo users signed in through <c>POST /api/auth/login</c>, and, when
/// <see cref="AuthSettings.Authority"/> is set, bearer tokens of that OpenID Connect provider. A request with an
/// <c>Authorization: Bearer</c> header is judged by its token, any other by its cookie, whose server-side session
/// is checked on every request (<see cref="SessionCheck"/>). The API answers 401 and 403,
/// never a redirect; a page redirects to <c>/login</c> or <c>/denied</c>.
/// </summary>
internal static class SignInSetup
{
    private const string Either = "cookie-or-bearer";

    /// <summary>Sign-in from the <c>Auth</c> section (<see cref="AuthSettings"/>, the claim names of <see cref="ClaimNames"/>), with its hardening.</summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration config)
    {
        AuthSettings settings = AuthSettings.From(config);
        return services.AddSignIn(settings, ClaimNames.From(config)).AddSignInHardening(settings);
    }

    private static IServiceCollection AddSignIn(this IServiceCollection services, AuthSettings settings, ClaimNames claims)
    {
        services.AddSingleton(settings);
        services.AddSingleton<DemoUsers>();
        services.AddSingleton<IUserDirectory, UserDirectory>();
        services.AddMemoryCache();
        services.AddSingleton<SessionCheck>();
        AuthenticationBuilder auth = services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = c =>
                settings.UsesTokens && c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = settings.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Events.OnValidatePrincipal = c => c.HttpContext.RequestServices.GetRequiredService<SessionCheck>().ValidateAsync(c);
                o.Events.OnRedirectToLogin = c => IsApi(c.Request) ? Status(c.Response, StatusCodes.Status401Unauthorized) : Redirect(c);
                o.Events.OnRedirectToAccessDenied = c => IsApi(c.Request) ? Status(c.Response, StatusCodes.Status403Forbidden) : Redirect(c);
            });
        if (settings.UsesTokens)
        {
            auth.AddJwtBearer(o =>
            {
                o.Authority = settings.Authority;
                o.Audience = settings.Audience;
                o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = claims.IdClaim;
                o.TokenValidationParameters.RoleClaimType = claims.RoleClaim;
            });
        }

        services.AddAuthorizationBuilder().AddSmartReviewPolicies();
        return services;
    }

    /// <summary>The API answers with a status; a page sends the browser to the sign-in or access-denied page.</summary>
    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    /// <summary>
    /// A relative redirect (<c>/login?ReturnUrl=…</c>): the handler's URI is absolute, built from the request's Host
    /// header, which a client chooses; only its path and query are kept.
    /// </summary>
    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(Relative(context.RedirectUri));
        return Task.CompletedTask;
    }

    internal static string Relative(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) ? absolute.PathAndQuery : LocalUrl.IsLocal(uri) ? uri : "/";

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
