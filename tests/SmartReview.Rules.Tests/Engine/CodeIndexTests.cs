using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Tests.Engine;

public sealed class CodeIndexTests
{
    private static readonly Hit Exact = new(0, 0, -1, 0);
    private static readonly Hit Variety = new(1, 0, -1, 0);
    private static readonly Hit Class = new(2, 3, -1, 1);

    private static CodeIndex Index() => new([
        ("XA10BJA085B002010106474", Exact),
        ("XA10BJA085*", Variety),
        ("XA10*", Class),
    ]);

    [Fact]
    public void Lookup_ExactCode_ReturnsEveryPatternThatCoversIt()
    {
        // Arrange
        CodeIndex index = Index();

        // Act
        Hit[] hits = index.Lookup("XA10BJA085B002010106474");

        // Assert
        Assert.Equal([Exact, Variety, Class], hits.Order());
    }

    [Fact]
    public void Lookup_OtherCodeOfTheVariety_MatchesOnlyThePrefixes()
    {
        // Arrange
        CodeIndex index = Index();

        // Act
        Hit[] hits = index.Lookup("XA10BJA085B002010179260");

        // Assert
        Assert.Equal([Variety, Class], hits.Order());
    }

    [Fact]
    public void Lookup_CodeOfTheClassOnly_MatchesTheShortPrefix()
    {
        // Arrange
        CodeIndex index = Index();

        // Act
        Hit[] hits = index.Lookup("XA10ADD335B002010107103");

        // Assert
        Assert.Equal([Class], hits);
    }

    [Theory]
    [InlineData("XA1")]
    [InlineData("XA20BJA085B002010106474")]
    [InlineData("001101000010000")]
    [InlineData("")]
    public void Lookup_CodeNoPatternCovers_ReturnsNothing(string code)
    {
        // Arrange
        CodeIndex index = Index();

        // Act
        Hit[] hits = index.Lookup(code);

        // Assert
        Assert.Empty(hits);
    }

    [Fact]
    public void Lookup_PrefixWithoutStar_IsExactOnly()
    {
        // Arrange
        var index = new CodeIndex([("XA10", Exact)]);

        // Act
        Hit[] longer = index.Lookup("XA10BJA085B002010106474");
        Hit[] same = index.Lookup("XA10");

        // Assert
        Assert.Empty(longer);
        Assert.Equal([Exact], same);
    }

    [Fact]
    public void Lookup_SameTargetUnderACodeAndItsPrefix_ReturnsTheTargetOnce()
    {
        // Arrange: one knowledge entry that lists a variety prefix and one of its codes
        var index = new CodeIndex([("XA10BJA085*", Exact), ("XA10BJA085B002010106474", Exact), ("XA10BJA085B002010106474", Exact)]);

        // Act
        Hit[] hits = index.Lookup("XA10BJA085B002010106474");

        // Assert
        Assert.Equal([Exact], hits);
    }

    [Fact]
    public void CodeCount_ExactCodesAndPrefixes_CountsEachDistinctPatternOnce()
    {
        // Arrange
        var index = new CodeIndex([("XA10*", Exact), ("XA10*", Variety), ("XA10", Class), ("001101000010000", Exact)]);

        // Act
        int count = index.CodeCount;

        // Assert: the prefix XA10* and the exact code XA10 are two patterns; the repeated XA10* is one
        Assert.Equal(3, count);
    }
}
