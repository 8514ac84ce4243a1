using SmartReview.Rules.History;

namespace SmartReview.Rules.Tests.History;

public sealed class PackedIdTests
{
    [Theory]
    [InlineData("S")]
    [InlineData("P0000001")]
    [InlineData("P00000012")]
    [InlineData("S2024000000001")]
    [InlineData("ABCDEFGHIJKLMNOP")]
    [InlineData("~ !\x7F")]
    public void TryPack_AsciiUpTo16_RoundTrips(string id)
    {
        // Act
        bool packed = PackedId.TryPack(id, out PackedId key);

        // Assert
        Assert.True(packed);
        Assert.Equal(id, key.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    [InlineData("张三")]
    [InlineData("P\0")]
    public void TryPack_EmptyLongNonAsciiOrNul_DoesNotPack(string id)
    {
        // Act
        bool packed = PackedId.TryPack(id, out _);

        // Assert
        Assert.False(packed);
    }

    [Fact]
    public void TryPack_IdsDifferingInTwoDigits_DifferInKeyAndHash()
    {
        // Arrange: the two halves' default hashes collide for these
        PackedId.TryPack("P0000000023456", out PackedId a);
        PackedId.TryPack("P0000000063452", out PackedId b);

        // Assert
        Assert.NotEqual(a, b);
        Assert.NotEqual(a.GetHashCode(), b.GetHashCode());
    }
}
