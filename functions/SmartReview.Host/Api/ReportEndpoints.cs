using SmartReview.Application.Reports;
using SmartReview.Edge;
using SmartReview.Host.Auth;
using SmartReview.Host.Reports;
using SmartReview.Kernel;
using SmartReview.Review.Support;

namespace SmartReview.Host.Api;

/// <summary>
/// The supervisor's numbers: <c>GET /api/dashboard?months=discharge|settlement</c> (the <see cref="Dashboard"/> from the stored figures) and
/// <c>GET /api/exports/{flags|decisions|ledger}.xlsx?facility=&amp;month=</c> (an xlsx named with today's China date).
/// Supervisors and administrators only.
/// </summary>
internal static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (string? months, DashboardService dashboard, CancellationToken cancel) =>
            DashboardMonths.TryParse(months) is { } basis ? Results.Ok(await dashboard.GetAsync(basis, cancel)) : Problems.BadRequest("months is discharge or settlement"))
            .RequireAuthorization(Policies.Reports);
        app.MapGet("/api/exports/flags.xlsx", (string? facility, string? month, ReportExports exports, TimeProvider clock, CancellationToken cancel) =>
            ExportAsync(facility, month, exports.Flags, clock, cancel)).RequireAuthorization(Policies.Reports);
        app.MapGet("/api/exports/decisions.xlsx", (string? facility, string? month, ReportExports exports, TimeProvider clock, CancellationToken cancel) =>
            ExportAsync(facility, month, exports.Decisions, clock, cancel)).RequireAuthorization(Policies.Reports);
        app.MapGet("/api/exports/ledger.xlsx", (string? facility, string? month, ReportExports exports, TimeProvider clock, CancellationToken cancel) =>
            ExportAsync(facility, month, exports.Ledger, clock, cancel)).RequireAuthorization(Policies.Reports);
        return app;
    }

    /// <summary>Writes the sheet to a temporary file (deleted when sent) so a failure mid-way is a 500, not half a file.</summary>
    private static async Task<IResult> ExportAsync(string? facility, string? month, Func<ExportFilter, ExportSheet> sheetOf, TimeProvider clock,
        CancellationToken cancel)
    {
        if (ExportFilter.TryCreate(facility, month) is not { } filter)
        {
            return Problems.BadRequest("month is yyyy-MM");
        }

        ExportSheet sheet = sheetOf(filter);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await XlsxWriter.WriteAsync(sheet, file, cancel);
            file.Position = 0;
            string date = ChinaTime.Date(clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(file, Xlsx, $"{sheet.Name}-{date}.xlsx");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
