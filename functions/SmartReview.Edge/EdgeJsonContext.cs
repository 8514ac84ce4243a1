using System.Text.Json;
using System.Text.Json.Serialization;
using SmartReview.Edge.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Edge.Check;
using SmartReview.Edge.Ledger;
using SmartReview.Review;

namespace SmartReview.Edge;

/// <summary>
/// Source-generated JSON for what the shared endpoints read and return; statuses as their names. A command's "command"
/// kind may come anywhere in its object.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(CaseView))]
[JsonSerializable(typeof(CommandView))]
[JsonSerializable(typeof(CheckView))]
[JsonSerializable(typeof(CaseCommand))]
[JsonSerializable(typeof(OpenCase))]
[JsonSerializable(typeof(LedgerView))]
[JsonSerializable(typeof(Owed))]
[JsonSerializable(typeof(SanctionRulesView))]
public sealed partial class EdgeJsonContext : JsonSerializerContext;
