using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using SmartReview.Application;
using SmartReview.Edge;
using SmartReview.Functions;
using SmartReview.Storage;

FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
IConfiguration config = builder.Configuration;
builder.Services
    .AddSmartReviewStorage(config)
    .AddSmartReviewApplication(config)
    .AddSmartReviewEdge(config)
    .AddSmartReviewFunctions();

await builder.Build().RunAsync();
