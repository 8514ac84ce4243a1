using System.Text.Json;
using System.Text.Json.Serialization;
using SmartReview.Application.Ingest;

namespace SmartReview.Host.Api;

/// <summary>Source-generated JSON for what the API returns; statuses as their names.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BatchRecord))]
[JsonSerializable(typeof(UploadAccepted))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
