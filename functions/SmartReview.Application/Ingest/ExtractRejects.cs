using System.Text.Json;
using SmartReview.National;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Writes the fold's rejects in a batch reject's shape (<c>{line_number, settlement_id, field, reason, record}</c>,
/// the field <c>TABLE.column</c>, the record <c>file:row value</c>), so the batch's rejects list them with the rest.
/// Counts the settlement rows among them: those are the batch's rejected settlements.
/// </summary>
internal sealed class ExtractRejects(Stream output) : IFoldRejects, IDisposable
{
    private readonly Utf8JsonWriter _json = new(output, FlagJson.Options);

    public long SettlementsRejected { get; private set; }

    public void Add(FoldReject reject)
    {
        FlagJson.Write(_json, reject.ToReject());
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
