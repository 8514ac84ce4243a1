using System.Text.Json.Serialization;

namespace SmartReview.Application.Ingest;

/// <summary>The JSON of what ingest keeps in blobs.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChunkResult))]
[JsonSerializable(typeof(IReadOnlyList<SmartReview.Rules.Indicators.FacilityMonth>))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
