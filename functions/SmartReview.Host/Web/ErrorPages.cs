namespace SmartReview.Host.Web;

/// <summary>
/// Errors for people: a 404 or other error status without a body on any path outside <c>/api</c> is answered by the
/// <c>/error/{code}</c> page (in the reader's language, with the site's navigation); the API keeps problem details.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Must follow <c>UseStatusCodePages()</c>, so that this one sees a page's bare status first.</summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseWhen(context => !IsApi(context.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
