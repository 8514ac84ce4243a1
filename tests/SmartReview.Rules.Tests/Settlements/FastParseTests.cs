using System.Globalization;
using System.Text;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>The parser's fast paths against .NET's own parsing, on chosen edges and many random values.</summary>
public sealed class FastParseTests
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK"];

    [Theory]
    [InlineData("2024-02-29T23:59:59+08:00")]
    [InlineData("2023-02-29T10:00:00+08:00")]
    [InlineData("2000-02-29T00:00:00Z")]
    [InlineData("1900-02-29T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+08:00")]
    [InlineData("0001-01-01T08:00:00+08:00")]
    [InlineData("0001-01-01T00:00:00-08:00")]
    [InlineData("9999-12-31T23:59:59-08:00")]
    [InlineData("9999-12-31T23:59:59+14:00")]
    [InlineData("2024-12-31T16:00:00-00:30")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-04-31T00:00:00Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    [InlineData("2024-01-01T00:60:00Z")]
    [InlineData("2024-01-01T00:00:60Z")]
    [InlineData("2024-01-01T00:00:00+15:00")]
    [InlineData("2024-01-01T00:00:00+08:60")]
    [InlineData("2024-01-0aT00:00:00Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2024-01-01T0a:00:00Z")]
    [InlineData("2024-01-01T00:a0:00Z")]
    [InlineData("2024-01-01T00:00:0aZ")]
    [InlineData("2024-01-01T00:00:00+0a:00")]
    [InlineData("2024-01-01T00:00:00+08:a0")]
    [InlineData("2024-01-01T00:00:00+一:00")]
    public void TryDateTime_Edges_AgreesWithDotNet(string text) => AssertAgrees(text);

    [Fact]
    public void TryDateTime_RandomValues_AgreesWithDotNet()
    {
        var random = new Random(20261124);
        for (int n = 0; n < 50_000; n++)
        {
            // Each field sometimes just out of its range; offsets sometimes absent (Z)...
            string offset = random.Next(4) == 0 ? "Z" : $"{(random.Next(2) == 0 ? '+' : '-')}{random.Next(16):00}:{random.Next(62):00}";
            string text = $"{random.Next(1, 10000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}T{random.Next(25):00}:{random.Next(61):00}:{random.Next(61):00}{offset}";

            // and sometimes one character anywhere a letter
            int at = random.Next(text.Length * 8);
            AssertAgrees(at < text.Length ? string.Concat(text.AsSpan(0, at), "a", text.AsSpan(at + 1)) : text);
        }
    }

    private static void AssertAgrees(string text)
    {
        // .NET accepts offsets up to ±14:00 and a UTC instant within DateTime's range; so must the fast path.
        bool expected = DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset parsed);
        bool fast = FastParse.TryDateTime(Encoding.UTF8.GetBytes(text), out DateTime utc);
        Assert.True(expected == fast, $"{text}: .NET {expected}, fast path {fast}");
        if (fast)
        {
            Assert.Equal((parsed.UtcDateTime, DateTimeKind.Utc), (utc, utc.Kind));
        }
    }
}
