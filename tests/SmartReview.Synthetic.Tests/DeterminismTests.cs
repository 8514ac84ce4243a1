using SmartReview.Synthetic.Tests.Support;

namespace SmartReview.Synthetic.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Write_SameSeedTwice_GivesIdenticalBytes()
    {
        // Arrange
        var options = new GeneratorOptions { Count = 600, Seed = 42, MalformedRate = 0.02 };

        // Act
        GeneratedBatch first = GeneratedBatch.Generate(Packs.Starter, options);
        GeneratedBatch second = GeneratedBatch.Generate(Packs.Starter, options);

        // Assert
        Assert.Equal(first.Settlements, second.Settlements);
        Assert.Equal(first.Truth, second.Truth);
        Assert.Equal(first.RejectsTruth, second.RejectsTruth);
    }

    [Fact]
    public void Write_DifferentSeeds_GiveDifferentBytes()
    {
        // Arrange
        var options = new GeneratorOptions { Count = 300, Seed = 1 };

        // Act
        GeneratedBatch first = GeneratedBatch.Generate(Packs.Starter, options);
        GeneratedBatch second = GeneratedBatch.Generate(Packs.Starter, options with { Seed = 2 });

        // Assert
        Assert.NotEqual(first.Settlements, second.Settlements);
        Assert.NotEqual(first.Truth, second.Truth);
    }
}
