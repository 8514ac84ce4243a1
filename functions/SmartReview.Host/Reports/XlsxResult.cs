using System.Globalization;
using Microsoft.Net.Http.Headers;
using SmartReview.Application.Reports;
using SmartReview.Kernel;

namespace SmartReview.Host.Reports;

/// <summary>
/// An export as the answer: the xlsx written straight to the response as its rows are read, so a large one starts
/// at once and is never held whole, named <c>{sheet}-{yyyy-MM-dd}.xlsx</c> (today in China). Nothing is sent before
/// the first 64 KiB, so a failure early on is still a 500; one after that aborts the connection, and the client is
/// left with a cut-short file that no spreadsheet opens (a zip without its central directory), never a short sheet
/// that looks whole.
/// </summary>
internal sealed class XlsxResult(ExportSheet sheet, TimeProvider clock) : IResult
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        string date = ChinaTime.Date(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string name = $"{sheet.Name}-{date}.xlsx";
        HttpResponse response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name, FileNameStar = name }.ToString();
        response.Headers.CacheControl = "no-store";
        await using var output = new DrainedStream(response.Body);
        try
        {
            await XlsxWriter.WriteAsync(sheet, output, httpContext.RequestAborted);
        }
        catch (Exception) when (response.HasStarted && !httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Abort();
            throw;
        }
    }
}
