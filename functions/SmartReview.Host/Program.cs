using SmartReview.Application;
using SmartReview.Host;
using SmartReview.Host.Api;
using SmartReview.Host.Auth;
using SmartReview.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfiguration config = builder.Configuration;
builder.Services
    .AddSmartReviewStorage(config.StorageOptions())
    .AddSmartReviewApplication(config.Pack(), config.IngestSettings(), config.ReviewSettings())
    .AddStorageSetup()
    .AddWorkers(config.WorkerSettings())
    .AddSignIn(config.AuthSettings())
    .AddSignInHardening()
    .AddApi();

WebApplication app = builder.Build();
app.MapApi();
await app.RunAsync();
