using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;
using SmartReview.Synthetic.Malformed;
using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Truth;

/// <summary>Writes the ground truth: one JSON line per expected flag, and one per corrupted record.</summary>
internal sealed class TruthWriter(CompiledPack pack, Stream truth, Stream? rejects) : IDisposable
{
    private readonly Utf8JsonWriter _truth = new(truth, SettlementWriter.Options);
    private readonly Utf8JsonWriter? _rejects = rejects is null ? null : new Utf8JsonWriter(rejects, SettlementWriter.Options);
    private readonly List<string> _ids = new(16);

    public void Violation(StayDraft d, ExpectedFlag flag)
    {
        CompiledRule rule = pack.Rules[flag.Rule];
        _ids.Clear();
        foreach (int line in flag.Lines)
        {
            _ids.Add(d.Lines[line].LineId);
        }

        _ids.Sort(StringComparer.Ordinal);
        _truth.Reset();
        _truth.WriteStartObject();
        _truth.WriteString("settlement_id", d.Id);
        _truth.WriteString("rule_id", rule.Definition.Id);
        _truth.WriteString("family", rule.Definition.Family);
        _truth.WriteStartArray("line_ids");
        foreach (string id in _ids)
        {
            _truth.WriteStringValue(id);
        }

        _truth.WriteEndArray();
        _truth.WriteString("related_settlement_id", flag.Related);
        _truth.WriteString("knowledge_id", flag.Entry >= 0 ? rule.Entries[flag.Entry].Id : null);
        _truth.WriteEndObject();
        _truth.Flush();
        truth.WriteByte((byte)'\n');
    }

    public void Reject(long lineNumber, Corruption corruption)
    {
        if (_rejects is null)
        {
            return;
        }

        _rejects.Reset();
        _rejects.WriteStartObject();
        _rejects.WriteNumber("line_number", lineNumber);
        _rejects.WriteString("field", corruption.Field);
        _rejects.WriteString("kind", corruption.KindName);
        _rejects.WriteString("settlement_id", corruption.Settlement.Id);
        _rejects.WriteEndObject();
        _rejects.Flush();
        rejects!.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        _truth.Dispose();
        _rejects?.Dispose();
        truth.Flush();
        rejects?.Flush();
    }
}
