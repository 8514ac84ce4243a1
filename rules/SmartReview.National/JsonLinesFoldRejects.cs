using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartReview.National;

/// <summary>
/// Writes fold rejects as JSON Lines beside a batch's rejects: <c>{table, file, line_number, settlement_id, field,
/// value, reason}</c>, where <c>line_number</c>, <c>settlement_id</c>, <c>field</c> (TABLE.column) and
/// <c>reason</c> mean what they mean in a batch reject. The stream stays open.
/// </summary>
public sealed class JsonLinesFoldRejects(Stream output) : IFoldRejects, IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json = new(output, Options);

    /// <summary>Rejects written.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Add(FoldReject reject)
    {
        ArgumentNullException.ThrowIfNull(reject);
        _json.WriteStartObject();
        _json.WriteString("table", reject.TableName);
        _json.WriteString("file", reject.File);
        _json.WriteNumber("line_number", reject.Row);
        _json.WriteString("settlement_id", reject.SettlementId);
        _json.WriteString("field", reject.Column is null ? reject.TableName : $"{reject.TableName}.{reject.Column}");
        _json.WriteString("value", reject.Value);
        _json.WriteString("reason", reject.Reason);
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        _json.Reset(output);
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();
}
