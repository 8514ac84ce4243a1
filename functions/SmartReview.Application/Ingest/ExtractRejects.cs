using System.Text.Json;
using SmartReview.National;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Writes the fold's rejects in a batch reject's shape (<c>{line_number, settlement_id, field, reason, record}</c>,
/// the field <c>TABLE.column</c>, the record <c>file:row value</c>), so the batch's rejects list them with the rest.
/// Counts the settlement rows among them: those are the batch's rejected settlements.
/// </summary>
internal sealed class ExtractRejects(Stream output) : IFoldRejects, IDisposable
{
    private readonly Utf8JsonWriter _json = new(output);

    public long SettlementsRejected { get; private set; }

    public void Add(FoldReject reject)
    {
        Rules.Batches.Reject r = reject.ToReject();
        _json.WriteStartObject();
        _json.WriteNumber("line_number", r.LineNumber);
        _json.WriteString("settlement_id", r.SettlementId);
        _json.WriteString("field", r.Field);
        _json.WriteString("reason", r.Reason);
        _json.WriteString("record", r.Raw);
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        _json.Reset(output);
        if (reject.Table == NationalTable.Settlement)
        {
            SettlementsRejected++;
        }
    }

    public void Dispose() => _json.Dispose();
}
