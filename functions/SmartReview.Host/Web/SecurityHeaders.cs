namespace SmartReview.Host.Web;

/// <summary>
/// The Content-Security-Policy of every response outside <c>/api</c>: scripts, styles and forms from this site only,
/// no inline script or style, images from this site or data: URLs, and no framing.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static WebApplication UseContentSecurityPolicy(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (!ErrorPages.IsApi(context.Request.Path))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = Policy;
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }
}
