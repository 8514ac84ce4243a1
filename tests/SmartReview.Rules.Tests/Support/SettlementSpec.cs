using System.Globalization;
using System.Text.Json;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Support;

/// <summary>
/// Turns the compact settlement of a rule case (TestData/Families) into a <see cref="SettlementBuilder"/>: every field
/// is optional and falls back to the builder's default. Times are ISO 8601 with an offset, as in the wire format.
/// </summary>
internal static class SettlementSpec
{
    public static Settlement Build(JsonElement spec)
    {
        var b = new SettlementBuilder();
        if (spec.TryGetProperty("id", out JsonElement id)) { b.WithId(id.GetString()!); }
        if (spec.TryGetProperty("person", out JsonElement person)) { b.WithPerson(person.GetString()!); }
        if (spec.TryGetProperty("sex", out JsonElement sex)) { b.WithSex(sex.GetString() == "F" ? Sex.Female : Sex.Male); }
        if (spec.TryGetProperty("birth_date", out JsonElement birth)) { b.BornOn(DateOnly.ParseExact(birth.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (spec.TryGetProperty("facility", out JsonElement facility)) { b.AtFacility(facility.GetString()!); }
        if (spec.TryGetProperty("level", out JsonElement level)) { b.WithLevel(level.GetInt32()); }
        if (spec.TryGetProperty("scheme", out JsonElement scheme)) { b.WithScheme(Parse<Scheme>(scheme, EnumNames.TryParse)); }
        if (spec.TryGetProperty("setting", out JsonElement setting)) { b.WithSetting(Parse<CareSetting>(setting, EnumNames.TryParse)); }
        if (spec.TryGetProperty("admitted_at", out JsonElement admitted)) { b.Admitted(Time(admitted)); }
        if (spec.TryGetProperty("discharged_at", out JsonElement discharged)) { b.Discharged(Time(discharged)); }
        foreach (JsonElement code in Array(spec, "diagnoses")) { b.WithDiagnosis(code.GetString()!); }
        foreach (JsonElement op in Array(spec, "operations"))
        {
            if (op.ValueKind == JsonValueKind.String) { b.WithOperation(op.GetString()!); }
            else { b.WithOperation(op.GetProperty("code").GetString()!, op.TryGetProperty("performed_at", out JsonElement at) ? Time(at) : null); }
        }

        foreach (JsonElement line in Array(spec, "lines"))
        {
            b.WithLine(
                line.GetProperty("id").GetString()!,
                line.GetProperty("code").GetString()!,
                line.TryGetProperty("quantity", out JsonElement q) ? q.GetDecimal() : 1,
                line.TryGetProperty("unit_price", out JsonElement p) ? p.GetDecimal() : 10m,
                line.TryGetProperty("charged_at", out JsonElement at) ? Time(at) : null,
                line.TryGetProperty("name", out JsonElement n) ? n.GetString() : null,
                line.TryGetProperty("category", out JsonElement c) ? Parse<ItemCategory>(c, EnumNames.TryParse) : null,
                line.TryGetProperty("department", out JsonElement d) ? d.GetString()! : "内科",
                line.TryGetProperty("payment_class", out JsonElement pc) ? PaymentClassOf(pc.GetString()!) : PaymentClass.B,
                line.TryGetProperty("uploaded_at", out JsonElement up) ? Time(up) : null);
        }

        return b.Build();
    }

    private static PaymentClass PaymentClassOf(string name) => name switch
    {
        "甲" => PaymentClass.A,
        "乙" => PaymentClass.B,
        "丙" => PaymentClass.C,
        _ => throw new FormatException($"unknown payment class '{name}'"),
    };

    private delegate bool TryParser<T>(string name, out T value);

    private static T Parse<T>(JsonElement value, TryParser<T> parse) =>
        parse(value.GetString()!, out T parsed) ? parsed : throw new FormatException($"unknown {typeof(T).Name} '{value}'");

    private static DateTime Time(JsonElement value) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).UtcDateTime;

    private static IEnumerable<JsonElement> Array(JsonElement spec, string name) =>
        spec.TryGetProperty(name, out JsonElement list) ? list.EnumerateArray() : [];
}
