using SmartReview.Application.Reports;
using SmartReview.Edge;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary>
/// The supervisor's numbers: <c>GET /api/dashboard?months=discharge|settlement</c> (the <see cref="Dashboard"/> from
/// the stored figures), supervisors and administrators only. The Excel exports are <see cref="ExportEndpoints"/>.
/// </summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (string? months, DashboardService dashboard, CancellationToken cancel) =>
            DashboardMonths.TryParse(months) is { } basis ? Results.Ok(await dashboard.GetAsync(basis, cancel)) : Problems.BadRequest("months is discharge or settlement"))
            .RequireAuthorization(Policies.Reports);
        return app;
    }
}
