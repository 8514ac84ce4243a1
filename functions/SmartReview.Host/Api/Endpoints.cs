using SmartReview.Host.Auth;
using SmartReview.Host.Web;

namespace SmartReview.Host.Api;

/// <summary>
/// The HTTP surface: errors as problem details (pages get the error page, see <see cref="ErrorPages"/>), sign-in, then health (anonymous), batches, cases, the ledger and the real-time check, each
/// under its policy (see <see cref="Policies"/>), and the OpenAPI document at <c>/openapi/v1.json</c> (signed in).
/// </summary>
internal static class Endpoints
{
    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        app.UseStatusCodePages();
        app.UseErrorPages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi();
        app.MapAuth();
        app.MapBatches();
        app.MapCases();
        app.MapEvidence();
        app.MapSettlement();
        app.MapLedger();
        app.MapReports();
        app.MapExports();
        app.MapCheck();
        app.MapPoints();
        return app;
    }
}
