using System.Text;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>Reading the settlement enums by wire name, plain and escaped, through both token readers.</summary>
public sealed class EnumNamesTests
{
    [Fact]
    public void Read_EveryWireName_GivesItsValueThroughBothReaders()
    {
        AssertReadsBack<Sex>();
        AssertReadsBack<Scheme>();
        AssertReadsBack<CareSetting>();
        AssertReadsBack<ItemCategory>();
        AssertReadsBack<PaymentClass>();
    }

    [Theory]
    [InlineData("dxug")]
    [InlineData("bed ")]
    [InlineData("Drug")]
    [InlineData("")]
    [InlineData("drugs")]
    public void Read_NearMissOfACategory_IsRejectedNamingTheField(string name)
    {
        // Act
        var error = Assert.Throws<InvalidRecordException>(() => Read<ItemCategory>($"\"{name}\"", plain: true));

        // Assert
        Assert.Equal("lines[0].category", error.Error.Field);
        Assert.Contains("herbal_piece", error.Error.Reason);
    }

    [Fact]
    public void Read_PaymentClassesSharingBytes_AreToldApart()
    {
        // 乙 and 丙 share their first and last UTF-8 bytes.
        Assert.Equal([PaymentClass.A, PaymentClass.B, PaymentClass.C], [.. new[] { "甲", "乙", "丙" }.Select(n => Read<PaymentClass>($"\"{n}\"", plain: true))]);
    }

    private static void AssertReadsBack<T>() where T : struct, Enum
    {
        foreach (T value in Enum.GetValues<T>())
        {
            string name = EnumNames.Of((dynamic)value);
            string escaped = string.Concat(name.Select(c => $"\\u{(int)c:X4}"));
            Assert.Equal(value, Read<T>($"\"{name}\"", plain: true));
            Assert.Equal(value, Read<T>($"\"{name}\"", plain: false));
            Assert.Equal(value, Read<T>($"\"{escaped}\"", plain: false));
        }
    }

    private static T Read<T>(string json, bool plain) where T : struct, Enum
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        if (plain)
        {
            var reader = new PlainJsonReader(bytes);
            return EnumNames.Read<T, PlainJsonReader>(ref reader, new FieldPath("category", "lines", 0));
        }

        var system = new SystemJsonTokens(bytes);
        return EnumNames.Read<T, SystemJsonTokens>(ref system, new FieldPath("category", "lines", 0));
    }
}
