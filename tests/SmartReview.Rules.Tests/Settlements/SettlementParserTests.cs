using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>
/// The parser on TestData/Settlements/valid.json and on the malformed variants in cases.json (each a set of edits to
/// the valid record): every rejection names the field, says why, and keeps the settlement id when it could be read.
/// </summary>
public sealed class SettlementParserTests
{
    private static readonly string Valid = ValidRecord.Text;

    private static readonly Lazy<Dictionary<string, JsonObject>> Cases = new(() =>
        JsonNode.Parse(File.ReadAllText(TestFiles.Data("Settlements", "cases.json")))!.AsArray()
            .Select(c => c!.AsObject()).ToDictionary(c => (string)c["name"]!, StringComparer.Ordinal));

    public static TheoryData<string> CaseNames => [.. Cases.Value.Keys];

    private static ParseResult Parse(string json) => new SettlementParser().Parse(Encoding.UTF8.GetBytes(json));

    private static ParseResult Parse(JsonNode record) => Parse(record.ToJsonString(ValidRecord.AsExtracts));

    [Fact]
    public void Parse_ValidRecord_ReadsEveryField()
    {
        // Act
        ParseResult result = Parse(Valid);

        // Assert
        Assert.True(result.Ok, result.Error?.ToString());
        Settlement s = result.Settlement;
        Assert.Equal("S-VALID", result.SettlementId);
        Assert.Equal(new Facility("H1", "杭州市第七人民医院", 3, "330100"), s.Facility);
        Assert.Equal(new Person("P1", Sex.Female, new DateOnly(1958, 4, 12)), s.Person);
        Assert.Equal((Scheme.Employee, CareSetting.Inpatient), (s.Scheme, s.Setting));
        Assert.Equal(new DateTime(2024, 3, 1, 0, 30, 0, DateTimeKind.Utc), s.AdmittedAt);
        Assert.Equal(DateTimeKind.Utc, s.AdmittedAt.Kind);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 8), 7), (s.AdmissionDate, s.DischargeDate, s.LengthOfStay));
        Assert.Equal("J18.900", s.MainDiagnosis.Code);
        Assert.Equal(2, s.Diagnoses.Count);
        Assert.Equal(new Operation("51.2300", "腹腔镜胆囊切除术", new DateTime(2024, 3, 2, 2, 0, 0, DateTimeKind.Utc), true), Assert.Single(s.Operations));
        Assert.Equal("ES35", s.Drg);
        Assert.Equal(new Totals(200.00m, 150.00m, 30.00m, 20.00m), s.Totals);
        Assert.Equal(["1", "2", "3"], s.Lines.Select(l => l.LineId));
        LineItem bed = s.Lines[1];
        Assert.Equal(("001101000010000", "普通病房床位费", ItemCategory.Bed, PaymentClass.A), (bed.Code, bed.Name, bed.Category, bed.PaymentClass));
        Assert.Equal((3m, 12.00m, 36.00m), (bed.Quantity, bed.UnitPrice, bed.Amount));
        Assert.Equal(new DateTime(2024, 3, 2, 1, 0, 0, DateTimeKind.Utc), bed.ChargedAt);
        Assert.Equal(PaymentClass.C, s.Lines[2].PaymentClass);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Parse_MalformedRecord_ReturnsTheFieldAndReason(string name)
    {
        // Arrange
        JsonObject c = Cases.Value[name];
        JsonNode record = JsonNode.Parse(Valid)!;
        foreach (JsonNode? path in c["remove"]?.AsArray() ?? [])
        {
            JsonEdit.Remove(record, (string)path!);
        }

        foreach ((string path, JsonNode? value) in c["set"]?.AsObject() ?? [])
        {
            JsonEdit.Set(record, path, value?.DeepClone());
        }

        string? expectedId = c.ContainsKey("id") ? (string?)c["id"] : "S-VALID";

        // Act
        ParseResult result = Parse(record);

        // Assert
        Assert.False(result.Ok, $"accepted: {name}");
        Assert.Null(result.Settlement);
        Assert.Equal((string)c["field"]!, result.Error.Field);
        Assert.Contains((string)c["reason"]!, result.Error.Reason, StringComparison.Ordinal);
        Assert.Equal(expectedId, result.SettlementId);
    }

    [Fact]
    public void Parse_AmountOneFenOffQuantityTimesPrice_IsAcceptedAsRounding()
    {
        // Arrange: 3 × 12.00 = 36.00, written 36.01; the totals follow the line
        JsonNode record = JsonNode.Parse(Valid)!;
        JsonEdit.Set(record, "lines[1].amount", 36.01m);
        JsonEdit.Set(record, "totals.total", 200.01m);
        JsonEdit.Set(record, "totals.fund_paid", 150.01m);

        // Act
        ParseResult result = Parse(record);

        // Assert
        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(36.01m, result.Settlement.Lines[1].Amount);
    }

    [Fact]
    public void Parse_UtcAndChinaOffsets_GiveTheSameInstant()
    {
        // Arrange
        JsonNode record = JsonNode.Parse(Valid)!;
        JsonEdit.Set(record, "admitted_at", "2024-03-01T00:30:00Z");

        // Act
        ParseResult result = Parse(record);

        // Assert
        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(Parse(Valid).Settlement!.AdmittedAt, result.Settlement.AdmittedAt);
    }

    [Fact]
    public void Parse_EscapedCharactersInStrings_AreReadLikeTheirPlainForm()
    {
        // Arrange: System.Text.Json's default encoder writes '+' as \u002B and Chinese as \uXXXX escapes
        string escaped = JsonNode.Parse(Valid)!.ToJsonString();
        Assert.Contains("\\u002B08:00", escaped, StringComparison.Ordinal);

        // Act
        ParseResult result = Parse(escaped);

        // Assert
        Assert.True(result.Ok, result.Error?.ToString());
        Settlement expected = Parse(Valid).Settlement!;
        Assert.Equal(expected.AdmittedAt, result.Settlement.AdmittedAt);
        Assert.Equal(expected.Lines.Select(l => (l.Name, l.ChargedAt)), result.Settlement.Lines.Select(l => (l.Name, l.ChargedAt)));
        Assert.Equal(PaymentClass.B, result.Settlement.Lines[0].PaymentClass);
    }

    [Fact]
    public void Parse_NumberWithAnExponent_IsReadLikeItsPlainForm()
    {
        // Arrange: the fast reader leaves exponents to System.Text.Json; the result must not depend on which read it
        string plain = ValidRecord.OneLine();
        string exponent = plain.Replace("\"quantity\":3,", "\"quantity\":3e0,", StringComparison.Ordinal);
        Assert.NotEqual(plain, exponent);

        // Act
        ParseResult result = Parse(exponent);

        // Assert
        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(Parse(plain).Settlement!.Lines.Select(l => (l.Code, l.Quantity)), result.Settlement.Lines.Select(l => (l.Code, l.Quantity)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_InvalidUtf8InAKeptString_NamesTheField(bool escapedElsewhere)
    {
        // Arrange: the department's text replaced by bytes that are not UTF-8; an escape elsewhere sends the record to System.Text.Json
        string json = ValidRecord.OneLine();
        if (escapedElsewhere)
        {
            json = json.Replace("\"drg\":\"ES35\"", "\"drg\":\"E\\u005335\"", StringComparison.Ordinal);
            Assert.Contains("\\u0053", json, StringComparison.Ordinal);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json);
        byte[] department = Encoding.UTF8.GetBytes("\"lines\":[");
        int lines = bytes.AsSpan().IndexOf(department);
        int at = lines + bytes.AsSpan(lines).IndexOf("\"department\":\""u8) + "\"department\":\""u8.Length;
        bytes[at] = 0xFF;

        // Act
        ParseResult result = new SettlementParser().Parse(bytes);

        // Assert
        Assert.False(result.Ok);
        Assert.Equal("lines[0].department", result.Error.Field);
        Assert.Contains("UTF-8", result.Error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("\"S1\"")]
    public void Parse_NotAJsonObject_ReportsTheRecordWithoutAnId(string json)
    {
        // Act
        ParseResult result = Parse(json);

        // Assert
        Assert.False(result.Ok);
        Assert.Equal("(json)", result.Error.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Reason));
        Assert.Null(result.SettlementId);
    }

    [Fact]
    public void Parse_JsonBrokenAfterTheId_KeepsTheId()
    {
        // Arrange
        string json = Valid[..(Valid.IndexOf("\"lines\"", StringComparison.Ordinal) + 20)];

        // Act
        ParseResult result = Parse(json);

        // Assert
        Assert.False(result.Ok);
        Assert.Equal("(json)", result.Error.Field);
        Assert.Contains("malformed JSON", result.Error.Reason, StringComparison.Ordinal);
        Assert.Equal("S-VALID", result.SettlementId);
    }

    [Fact]
    public void Parse_TwoRecordsOnOneLine_IsRejected()
    {
        // Arrange
        string oneLine = ValidRecord.OneLine();

        // Act
        ParseResult result = Parse(oneLine + " " + oneLine);

        // Assert
        Assert.False(result.Ok);
        Assert.Equal("(json)", result.Error.Field);
        Assert.Equal("S-VALID", result.SettlementId);
    }

    [Fact]
    public void Parse_OneParserManyRecords_KeepsRecordsApart()
    {
        // Arrange
        var parser = new SettlementParser();
        JsonNode second = JsonNode.Parse(Valid)!;
        JsonEdit.Set(second, "settlement_id", "S-2");
        JsonEdit.Set(second, "lines[0].name", "另一种药");

        // Act
        ParseResult a = parser.Parse(Encoding.UTF8.GetBytes(Valid));
        ParseResult b = parser.Parse(Encoding.UTF8.GetBytes(second.ToJsonString(ValidRecord.AsExtracts)));

        // Assert
        Assert.Equal(("S-VALID", "阿帕他胺片"), (a.Settlement!.Id, a.Settlement.Lines[0].Name));
        Assert.Equal(("S-2", "另一种药"), (b.Settlement!.Id, b.Settlement.Lines[0].Name));
    }

    [Fact]
    public void Parse_LinesListingPropertiesInDifferentOrders_ReadsTheSameLines()
    {
        // Arrange: the parser guesses each line's properties in the previous line's order; here the second line
        // reverses it, the third puts an unknown property first and spaces after a colon.
        JsonNode record = JsonNode.Parse(Valid)!;
        JsonArray lines = record["lines"]!.AsArray();
        var reversed = new JsonObject(lines[1]!.AsObject().Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var extra = new JsonObject([KeyValuePair.Create("note", (JsonNode?)JsonValue.Create("x")),
            .. lines[2]!.AsObject().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);
        JsonEdit.Set(record, "lines[1]", reversed);
        JsonEdit.Set(record, "lines[2]", extra);
        string json = record.ToJsonString(ValidRecord.AsExtracts).Replace("\"amount\":", "\"amount\": ");
        var parser = new SettlementParser(recycle: true);

        // Act
        ParseResult first = parser.Parse(Encoding.UTF8.GetBytes(json));
        LineItem[] read = [.. first.Settlement!.Lines.Select(l => l with { })];
        ParseResult again = parser.Parse(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.True(first.Ok && again.Ok, first.Error?.ToString());
        Assert.Equal(Parse(Valid).Settlement!.Lines, read);
        Assert.Equal(read, again.Settlement!.Lines);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+08:00")]
    [InlineData("9999-12-31T23:59:59-08:00")]
    public void Parse_DateTimeOutsideTheCalendarInUtc_IsRejectedNamingTheField(string value)
    {
        // Arrange
        JsonNode record = JsonNode.Parse(Valid)!;
        JsonEdit.Set(record, "lines[1].charged_at", value);

        // Act
        ParseResult result = Parse(record);

        // Assert
        Assert.Equal("lines[1].charged_at", result.Error?.Field);
    }

    [Fact]
    public void Cases_EveryCase_IsADifferentRecord()
    {
        // Act
        string[] edits = [.. Cases.Value.Values.Select(c => (c["set"]?.ToJsonString() ?? "") + (c["remove"]?.ToJsonString() ?? ""))];

        // Assert
        Assert.Equal(edits.Length, edits.Distinct().Count());
        Assert.All(edits, e => Assert.NotEqual("", e));
        Assert.True(JsonDocument.Parse(Valid).RootElement.GetProperty("lines").GetArrayLength() == 3);
    }
}
