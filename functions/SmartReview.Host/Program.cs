using SmartReview.Application;
using SmartReview.Edge;
using SmartReview.Host;
using SmartReview.Host.Api;
using SmartReview.Host.Auth;
using SmartReview.Host.Web;
using SmartReview.Storage;
using SmartReview.Workflow.Local;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfiguration config = builder.Configuration;
builder.Services
    .AddSmartReviewStorage(config)
    .AddSmartReviewApplication(config)
    .AddSmartReviewEdge(config, HostJsonContext.Default)
    .AddDurableReview(config)
    .AddWorkers(config)
    .AddSignIn(config)
    .AddApi()
    .AddWeb();

WebApplication app = builder.Build();
app.UseWeb();
app.MapApi();
app.MapWeb();
await app.RunAsync();
