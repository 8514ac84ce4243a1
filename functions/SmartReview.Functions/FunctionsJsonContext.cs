using System.Text.Json;
using System.Text.Json.Serialization;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>Source-generated JSON for what the HTTP functions read and return, as the host's API writes it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(CaseView))]
[JsonSerializable(typeof(CommandView))]
[JsonSerializable(typeof(CheckView))]
[JsonSerializable(typeof(CaseCommand))]
internal sealed partial class FunctionsJsonContext : JsonSerializerContext;
