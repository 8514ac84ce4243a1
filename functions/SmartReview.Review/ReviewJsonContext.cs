using System.Text.Json.Serialization;

namespace SmartReview.Review;

/// <summary>
/// Source-generated JSON for what crosses storage and queues: camelCase names, enums as their names, nulls left out.
/// A command is written with its kind in a "command" property.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReviewCase))]
[JsonSerializable(typeof(CaseEvent))]
[JsonSerializable(typeof(IReadOnlyList<CaseEvent>))]
[JsonSerializable(typeof(FlagSummary))]
[JsonSerializable(typeof(ReviewSettings))]
[JsonSerializable(typeof(LedgerPosting))]
[JsonSerializable(typeof(CaseCommand))]
[JsonSerializable(typeof(Actor))]
public sealed partial class ReviewJsonContext : JsonSerializerContext;
