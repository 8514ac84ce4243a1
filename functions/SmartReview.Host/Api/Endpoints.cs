namespace SmartReview.Host.Api;

/// <summary>
/// The HTTP surface for now: health and batch upload and look-up. There is no authentication yet — the host binds to
/// loopback by default (see README); the role policies come with the full API.
/// </summary>
internal static class Endpoints
{
    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapBatches();
        return app;
    }
}
