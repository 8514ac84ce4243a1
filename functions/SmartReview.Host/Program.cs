using SmartReview.Application;
using SmartReview.Host;
using SmartReview.Host.Api;
using SmartReview.Host.Auth;
using SmartReview.Host.Web;
using SmartReview.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfiguration config = builder.Configuration;
AuthSettings auth = config.AuthSettings();
builder.Services
    .AddSmartReviewStorage(config.StorageOptions())
    .AddSingleton(config.EvidenceSettings())
    .AddSmartReviewApplication(config.Pack(), config.IngestSettings(), config.ReviewSettings())
    .AddStorageSetup()
    .AddWorkers(config.WorkerSettings())
    .AddSignIn(auth)
    .AddSignInHardening(auth)
    .AddApi()
    .AddWeb();

WebApplication app = builder.Build();
app.UseWeb();
app.MapApi();
app.MapWeb();
await app.RunAsync();
