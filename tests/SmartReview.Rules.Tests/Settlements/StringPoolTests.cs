using System.Text;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>The parser's string pool: equal bytes give one string, different bytes their own, at every length.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Get_ValuesOfEveryLengthUpTo40_GivesOneStringPerValue()
    {
        // Arrange: values differing in one byte anywhere, so every part of the hash matters
        var pool = new StringPool();
        string[] values = [.. Enumerable.Range(0, 41).SelectMany(length => Enumerable.Range(0, Math.Max(length, 1))
            .Select(at => string.Concat(Enumerable.Range(0, length).Select(i => i == at ? 'x' : (char)('a' + (i % 26))))))];

        // Act
        string[] first = [.. values.Select(v => pool.Get(Encoding.UTF8.GetBytes(v), "f"))];
        string[] again = [.. values.Select(v => pool.Get(Encoding.UTF8.GetBytes(v), "f"))];

        // Assert
        Assert.Equal(values, first);
        Assert.All(values.Select((v, i) => (first[i], again[i])), p => Assert.Same(p.Item1, p.Item2));
    }
}
