using SmartReview.Application;
using SmartReview.Host;
using SmartReview.Host.Api;
using SmartReview.Host.Auth;
using SmartReview.Host.Durable;
using SmartReview.Host.Web;
using SmartReview.Host.Workers;
using SmartReview.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfiguration config = builder.Configuration;
AuthSettings auth = config.AuthSettings();
StorageOptions storage = config.StorageOptions();
WorkerSettings workers = config.WorkerSettings();
builder.Services
    .AddSmartReviewStorage(storage)
    .AddSingleton(config.EvidenceSettings())
    .AddSmartReviewApplication(config.Pack(), config.IngestSettings(), config.ReviewSettings())
    .AddStorageSetup()
    .AddDurableReview(storage, config.DurableSettings(), workers)
    .AddWorkers(workers)
    .AddSignIn(auth)
    .AddSignInHardening(auth)
    .AddApi()
    .AddWeb();

WebApplication app = builder.Build();
app.UseWeb();
app.MapApi();
app.MapWeb();
await app.RunAsync();
