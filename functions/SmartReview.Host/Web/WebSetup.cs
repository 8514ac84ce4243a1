using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.WebEncoders;
using SmartReview.Application.Evidence;
using SmartReview.Host.Auth;
using SmartReview.Host.Pages.Cases;

namespace SmartReview.Host.Web;

/// <summary>
/// The web pages: Razor Pages under <c>Pages/</c>, each folder under a role policy; texts from <c>Resources/Web/Ui.resx</c>
/// (Simplified Chinese, the default) and <c>Ui.en.resx</c>, chosen by the <c>/lang/{culture}</c> switch's cookie.
/// </summary>
internal static class WebSetup
{
    /// <summary>Room for the form's fields and multipart framing around the files.</summary>
    private const long FormOverhead = 256 * 1024;

    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese written as characters, not entities; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Policies.AnyRole);
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Work", Policies.Reviewing);
            o.Conventions.AuthorizeFolder("/Panel", Policies.Voting);
            o.Conventions.AuthorizeFolder("/Facility", Policies.FacilityUser);
            o.Conventions.AuthorizeFolder("/Dashboard", Policies.Oversight);
            o.Conventions.AuthorizeFolder("/Batches", Policies.Oversight);
            o.Conventions.AuthorizeFolder("/Ledger", Policies.Oversight);
            o.Conventions.AuthorizeFolder("/Points", Policies.Points);
        });
        services.AddOptions<RazorPagesOptions>().Configure<EvidenceSettings>((o, limits) => AllowEvidence(o, limits));
        services.AddSingleton<RuleBook>();
        return services;
    }

    /// <summary>The case page's form takes up to <see cref="DetailModel.MaxFiles"/> files of the configured size.</summary>
    private static void AllowEvidence(RazorPagesOptions options, EvidenceSettings limits)
    {
        long most = limits.MaxBytes * DetailModel.MaxFiles + FormOverhead;
        options.Conventions.AddPageApplicationModelConvention("/Cases/Detail", page =>
        {
            page.EndpointMetadata.Add(new RequestSizeLimitAttribute(most));
            page.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = most });
        });
    }

    /// <summary>The pages' Content-Security-Policy, static files (anonymous: styles, scripts and the icon only) and the request culture, before sign-in runs.</summary>
    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseContentSecurityPolicy();
        app.UseStaticFiles();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        };
        localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseRequestLocalization(localization);
        return app;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/lang/{culture}", (string culture, string? back, HttpResponse response) =>
        {
            string chosen = Cultures.FirstOrDefault(c => c.Name == culture)?.Name ?? Cultures[0].Name;
            response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(LocalUrl.IsLocal(back) ? back! : "/");
        }).AllowAnonymous();
        return app;
    }
}
