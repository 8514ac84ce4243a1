using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Edge.Auth;

namespace SmartReview.Edge;

/// <summary>The edge's services: the claim names and the caller's mapping, HTTP JSON and problem details.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers <see cref="ClaimNames"/> (the <c>Auth</c> section), <see cref="SignedIn"/>, problem details and the HTTP
    /// JSON options: <paramref name="appJson"/> (the app's own types) before the edge's, Chinese as is but '&lt;', '&gt;',
    /// '&amp;' and quotes escaped, so free text never reads as markup.
    /// </summary>
    public static IServiceCollection AddSmartReviewEdge(this IServiceCollection services, IConfiguration config, IJsonTypeInfoResolver? appJson = null)
    {
        services.AddSingleton(ClaimNames.From(config));
        services.AddSingleton<SignedIn>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, EdgeJsonContext.Default);
            if (appJson is not null)
            {
                o.SerializerOptions.TypeInfoResolverChain.Insert(0, appJson);
            }

            o.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return services;
    }
}
