using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Batches;

/// <summary>The JSON Lines form of flags and rejects (docs/flag-format.md). Chinese is written as is, not escaped.</summary>
public static class FlagJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static void Write(Utf8JsonWriter w, Flag f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("settlement_id", f.SettlementId);
        w.WriteString("facility_id", f.FacilityId);
        w.WriteString("person_id", f.PersonId);
        w.WriteString("rule_id", f.RuleId);
        w.WriteString("rule_code", f.RuleCode);
        w.WriteString("pack", f.Pack);
        w.WriteString("basis", f.Basis.ToString());
        w.WriteString("family", f.Family);
        w.WriteString("result", ResultName(f.Result));
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        WriteStrings(w, "line_ids", f.LineIds);
        w.WriteNumber("amount", f.Amount);
        w.WriteNumber("fund_amount", f.FundAmount);
        w.WriteNumber("ceiling", f.Ceiling);
        w.WriteString("doctor", f.Doctor);
        WriteStrings(w, "line_doctors", f.LineDoctors);
        w.WriteString("knowledge_id", f.KnowledgeId);
        w.WriteString("related_settlement_id", f.RelatedSettlementId);
        WriteMessage(w, f.Message);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Indicators.FacilityFlag f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("facility_id", f.FacilityId);
        w.WriteString("month", f.Month);
        w.WriteString("rule_id", f.RuleId);
        w.WriteString("rule_code", f.RuleCode);
        w.WriteString("pack", f.Pack);
        w.WriteString("indicator", f.Indicator);
        w.WriteNumber("value", f.Value);
        w.WriteNumber("threshold", f.Threshold);
        w.WriteNumber("stays", f.Stays);
        w.WriteNumber("amount", f.Amount);
        w.WriteString("result", ResultName(f.Result));
        WriteMessage(w, f.Message);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string ResultName(ResultType result) => result == ResultType.Definite ? "definite" : "suspicious";

    private static void WriteMessage(Utf8JsonWriter w, LocalizedText message)
    {
        w.WriteStartObject("message");
        w.WriteString("zh-CN", message.ZhCn);
        w.WriteString("en", message.En);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Reject r)
    {
        w.WriteStartObject();
        w.WriteNumber("line_number", r.LineNumber);
        w.WriteString("settlement_id", r.SettlementId);
        w.WriteString("field", r.Field);
        w.WriteString("reason", r.Reason);
        w.WriteString("record", r.Raw);
        w.WriteEndObject();
    }
}
