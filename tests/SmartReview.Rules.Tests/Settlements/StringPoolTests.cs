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
        string[] first = [.. values.Select(v => Get(pool, v))];
        string[] again = [.. values.Select(v => Get(pool, v))];

        // Assert
        Assert.Equal(values, first);
        Assert.All(values.Select((v, i) => (first[i], again[i])), p => Assert.Same(p.Item1, p.Item2));
    }

    [Fact]
    public void Get_WithAnyHint_GivesThePooledStringOfTheBytesAndLeavesTheSlotFound()
    {
        // Arrange: hints pointing at another value, at an empty slot, out of range, and at the value itself
        var pool = new StringPool(capacity: 64);
        int slotA = -1, slotB = -1;
        string a = pool.Get("甲"u8, "f", ref slotA), b = pool.Get("乙"u8, "f", ref slotB);
        int wrong = slotB, empty = Enumerable.Range(0, 64).First(i => i != slotA && i != slotB), outside = 1000, same = slotA;

        // Act
        string[] got = [pool.Get("甲"u8, "f", ref wrong), pool.Get("甲"u8, "f", ref empty), pool.Get("甲"u8, "f", ref outside),
            pool.Get("甲"u8, "f", ref same)];

        // Assert
        Assert.NotEqual(slotA, slotB);
        Assert.All(got, g => Assert.Same(a, g));
        Assert.Equal([slotA, slotA, slotA, slotA], new[] { wrong, empty, outside, same });
        Assert.Equal("乙", b);
    }

    private static string Get(StringPool pool, string value)
    {
        int noHint = -1;
        return pool.Get(Encoding.UTF8.GetBytes(value), "f", ref noHint);
    }
}
