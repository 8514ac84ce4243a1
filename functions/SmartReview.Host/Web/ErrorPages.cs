using Microsoft.AspNetCore.Diagnostics;

namespace SmartReview.Host.Web;

/// <summary>
/// Errors for people: a 404 or other error status without a body on any path outside <c>/api</c> is answered by the
/// <c>/error/{code}</c> page (in the reader's language, with the site's navigation); the API keeps problem details.
/// </summary>
internal static class ErrorPages
{
    /// <summary>
    /// Must follow <c>UseStatusCodePages()</c>, so that this one sees a page's bare status first. Not in a
    /// <c>UseWhen</c> branch: a branch has no routing of its own, so the re-executed request would find no page.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((context, next) =>
        {
            // The API's statuses pass through to the problem details of the UseStatusCodePages() before this.
            if (IsApi(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
