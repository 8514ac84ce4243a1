using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using SmartReview.Application;
using SmartReview.Functions;
using SmartReview.Storage;

FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
IConfiguration config = builder.Configuration;
builder.Services
    .AddSmartReviewStorage(config.StorageOptions())
    .AddSmartReviewApplication(config.Pack(), config.IngestSettings(), config.ReviewSettings())
    .AddSmartReviewFunctions(config.CallerClaims());

await builder.Build().RunAsync();
