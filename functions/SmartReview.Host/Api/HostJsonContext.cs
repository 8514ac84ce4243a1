using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartReview.Host.Api;

/// <summary>Source-generated JSON for what the API returns; statuses as their names.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BatchView))]
[JsonSerializable(typeof(UploadAccepted))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
