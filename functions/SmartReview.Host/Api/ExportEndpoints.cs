using System.Security.Claims;
using SmartReview.Application.Reports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Host.Reports;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/exports/{flags|decisions|ledger}.xlsx</c> with the work queue's filters (<see cref="ExportQuery"/>):
/// reviewers, supervisors and administrators, and facility users for their own facility. The workbook is streamed
/// as its rows are read (<see cref="XlsxResult"/>), named with today's China date.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exports/flags.xlsx", (HttpRequest request, ClaimsPrincipal user, SignedIn signedIn, ReportExports exports, TimeProvider clock) =>
            Export(request, signedIn.Actor(user), exports.Flags, clock)).RequireAuthorization(Policies.Exports);
        app.MapGet("/api/exports/decisions.xlsx", (HttpRequest request, ClaimsPrincipal user, SignedIn signedIn, ReportExports exports, TimeProvider clock) =>
            Export(request, signedIn.Actor(user), exports.Decisions, clock)).RequireAuthorization(Policies.Exports);
        app.MapGet("/api/exports/ledger.xlsx", (HttpRequest request, ClaimsPrincipal user, SignedIn signedIn, ReportExports exports, TimeProvider clock) =>
            Export(request, signedIn.Actor(user), exports.Ledger, clock)).RequireAuthorization(Policies.Exports);
        return app;
    }

    private static IResult Export(HttpRequest request, Review.Actor? actor, Func<ExportFilter, ExportSheet> sheetOf, TimeProvider clock)
    {
        if (actor is null)
        {
            return Problems.Forbidden("no role");
        }

        (ExportFilter? filter, IResult? problem) = ExportQuery.Read(request.Query, actor);
        return problem ?? new XlsxResult(sheetOf(filter!), clock);
    }
}
