using System.Text.Json;
using System.Text.Json.Serialization;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Application.Reports;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// Source-generated JSON for what the API reads and returns; statuses as their names. A command's "command" kind may
/// come anywhere in its object.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(BatchView))]
[JsonSerializable(typeof(List<BatchView>))]
[JsonSerializable(typeof(UploadAccepted))]
[JsonSerializable(typeof(RejectPage))]
[JsonSerializable(typeof(CasePage))]
[JsonSerializable(typeof(Dashboard))]
[JsonSerializable(typeof(EvidenceRef))]
[JsonSerializable(typeof(SettlementView))]
[JsonSerializable(typeof(AssignmentView))]
[JsonSerializable(typeof(AssignRequest))]
[JsonSerializable(typeof(NextView))]
[JsonSerializable(typeof(BulkRequest))]
[JsonSerializable(typeof(BulkView))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(Me))]
[JsonSerializable(typeof(DemoUser[]))]
[JsonSerializable(typeof(PointsYearView))]
[JsonSerializable(typeof(SmartReview.Application.Points.PersonRecord))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
