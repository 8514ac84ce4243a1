using SmartReview.Application.Reports;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary>
/// The supervisor's numbers: <c>GET /api/dashboard</c> (the cached <see cref="Dashboard"/>), supervisors and
/// administrators only. The Excel exports are <see cref="ExportEndpoints"/>.
/// </summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (DashboardService dashboard, CancellationToken cancel) => Results.Ok(await dashboard.GetAsync(cancel)))
            .RequireAuthorization(Policies.Reports);
        return app;
    }
}
