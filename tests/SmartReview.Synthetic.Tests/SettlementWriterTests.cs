using System.Text;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Tests.Support;

namespace SmartReview.Synthetic.Tests;

public sealed class SettlementWriterTests
{
    private static readonly DateTime Noon = new(2024, 3, 1, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Write_ThenParse_GivesEqualValues()
    {
        // Arrange
        Settlement original = new SettlementBuilder()
            .WithOperation("51.2300", "腹腔镜下胆囊切除术", Noon.AddHours(3))
            .WithOperation("00.6600", "经皮冠状动脉腔内血管成形术", null)
            .WithLine("XB05BBS001B002010100001", "氯化钠注射液", ItemCategory.Drug, 2, 3.5m, Noon)
            .WithLine("001101000020000", "双人间病房床位费", ItemCategory.Bed, 1, 55m, Noon.AddTicks(1_234_567))
            .WithLine("T000079190", "黄芪", ItemCategory.HerbalPiece, 0.5m, 0.13m, Noon, PaymentClass.C, uploadedAt: Noon.AddDays(2))
            .Build();

        // Act
        Settlement parsed = Parse(ToBytes(original));

        // Assert
        Assert.Equal(original.Id, parsed.Id);
        Assert.Equal(original.Facility, parsed.Facility);
        Assert.Equal(original.Person, parsed.Person);
        Assert.Equal((original.Scheme, original.Setting), (parsed.Scheme, parsed.Setting));
        Assert.Equal((original.AdmittedAt, original.DischargedAt), (parsed.AdmittedAt, parsed.DischargedAt));
        Assert.Equal((original.Department, original.Doctor, original.Drg), (parsed.Department, parsed.Doctor, parsed.Drg));
        Assert.Equal(original.Diagnoses, parsed.Diagnoses);
        Assert.Equal(original.Operations, parsed.Operations);
        Assert.Equal(original.Totals, parsed.Totals);
        Assert.Equal(original.Lines, parsed.Lines);
    }

    [Fact]
    public void Write_Record_UsesChinaTimeTwoDecimalMoneyAndReadableChinese()
    {
        // Arrange
        Settlement settlement = new SettlementBuilder().WithoutDrg().WithLine("001101000020000", "双人间病房床位费", ItemCategory.Bed, 1, 12.5m, Noon).Build();

        // Act
        string json = Encoding.UTF8.GetString(ToBytes(settlement));

        // Assert
        Assert.EndsWith("}\n", json);
        Assert.Single(json.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"admitted_at\":\"2024-03-01T00:30:00+08:00\"", json);
        Assert.Contains("\"birth_date\":\"1951-02-28\"", json);
        Assert.Contains("\"unit_price\":12.50", json);
        Assert.Contains("\"amount\":12.50", json);
        Assert.Contains("\"name\":\"双人间病房床位费\"", json);
        Assert.Contains("\"payment_class\":\"甲\"", json);
        Assert.Contains("\"sex\":\"F\"", json);
        Assert.DoesNotContain("\"drg\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Write_ParsedGeneratedRecords_ReproducesTheBytes()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Generate(Packs.Starter, new GeneratorOptions { Count = 200, Seed = 3 });
        var parser = new SettlementParser();

        // Act
        using var again = new MemoryStream();
        using (var writer = new SettlementWriter(again))
        {
            foreach ((_, ReadOnlyMemory<byte> record) in batch.Records())
            {
                writer.Write(parser.Parse(record.Span).Settlement!);
            }
        }

        // Assert
        Assert.Equal(batch.Settlements, again.ToArray());
    }

    private static byte[] ToBytes(Settlement settlement)
    {
        using var stream = new MemoryStream();
        using (var writer = new SettlementWriter(stream))
        {
            writer.Write(settlement);
        }

        return stream.ToArray();
    }

    private static Settlement Parse(byte[] line)
    {
        ParseResult result = new SettlementParser().Parse(line.AsSpan().TrimEnd((byte)'\n'));
        Assert.True(result.Ok, result.Error?.ToString());
        return result.Settlement;
    }
}
