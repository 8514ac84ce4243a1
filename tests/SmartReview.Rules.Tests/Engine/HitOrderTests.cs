using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Tests.Engine;

public sealed class HitOrderTests
{
    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 3)]
    [InlineData(3, 2000)]
    public void Sort_RandomHits_OrderedByRuleEntryLineThenRole(int seed, int count)
    {
        // Arrange: fields over their usual ranges, entries from -1 (no entry), many ties on rule and entry.
        var random = new Random(seed);
        Hit[] hits = [.. Enumerable.Range(0, count).Select(_ => new Hit(random.Next(400), random.Next(-1, 30), random.Next(300), (byte)random.Next(3)))];
        Hit[] expected = [.. hits.OrderBy(h => h.Rule).ThenBy(h => h.Entry).ThenBy(h => h.Line).ThenBy(h => h.Role)];
        var order = new HitOrder(400);

        // Act: twice, the second time with the buffers the first left behind.
        order.Sort(hits);
        random.Shuffle(hits);
        order.Sort(hits);

        // Assert
        Assert.Equal(expected, hits);
    }

    [Fact]
    public void Sort_FieldBeyondTheKey_StillSortedTheRuleEntryLineWay()
    {
        // Arrange: a line number too large for the packed key.
        Hit[] hits = [new(2, 0, 1 << 21, 0), new(1, 5, 3, 1), new(1, 2, 9, 0)];
        var order = new HitOrder(3);

        // Act
        order.Sort(hits);

        // Assert
        Assert.Equal([new Hit(1, 2, 9, 0), new Hit(1, 5, 3, 1), new Hit(2, 0, 1 << 21, 0)], hits);
    }
}
