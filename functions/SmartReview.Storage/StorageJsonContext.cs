using System.Text.Json.Serialization;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Application.Reports;
using SmartReview.Storage.History;

namespace SmartReview.Storage;

/// <summary>Everything this project writes as JSON to a blob or a queue message.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BucketFile))]
[JsonSerializable(typeof(CaseFlow))]
[JsonSerializable(typeof(ChunkMessage))]
[JsonSerializable(typeof(FigureSums))]
[JsonSerializable(typeof(TableTally[]))]
[JsonSerializable(typeof(IngestMessage))]
[JsonSerializable(typeof(SmartReview.Rules.Indicators.FacilityMonth))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
