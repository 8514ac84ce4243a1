using Microsoft.Extensions.Logging.Abstractions;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The host's loggers for the sidecar's own web host, without its lifetime lines: its "Now listening on" would read as
/// the host's address (tools and tests take the first one).
/// </summary>
internal sealed class SidecarLoggers(ILoggerFactory host) : ILoggerFactory
{
    private const string Lifetime = "Microsoft.Hosting.Lifetime";

    public ILogger CreateLogger(string categoryName) =>
        categoryName == Lifetime ? NullLogger.Instance : host.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => host.AddProvider(provider);

    public void Dispose()
    {
        // The host owns its factory.
    }
}
