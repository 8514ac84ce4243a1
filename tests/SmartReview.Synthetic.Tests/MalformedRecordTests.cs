using SmartReview.Synthetic.Tests.Support;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Tests;

public sealed class MalformedRecordTests
{
    private static readonly GeneratorOptions Options = new() { Count = 2000, Seed = 5, MalformedRate = 0.05 };

    [Fact]
    public void Parse_BatchWithMalformedRecords_RejectsExactlyTheTruthLinesAndFields()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);

        // Act
        ScoredBatch scored = ScoredBatch.Score(Packs.Starter, batch);
        IReadOnlyList<RejectedRecord> expected = batch.Rejects;

        // Assert
        Assert.InRange(expected.Count, 50, 160);
        Assert.Equal(expected.Count, batch.Result.Malformed);
        Assert.Equal(expected.Select(r => (r.LineNumber, r.Field)), scored.Rejected.Select(r => (r.Line, r.Error.Field)));
        Assert.Equal(6, expected.Select(r => r.Kind).Distinct().Count());
    }

    [Fact]
    public void Score_BatchWithMalformedRecords_StillMatchesTheTruth()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);

        // Act
        ScoredBatch scored = ScoredBatch.Score(Packs.Starter, batch);
        TruthComparison comparison = TruthComparison.Compare(batch.Violations, scored.Flags);

        // Assert
        Assert.True(comparison.Perfect, $"missed {comparison.Missed.Count}, unexpected {comparison.Unexpected.Count}");
        Assert.DoesNotContain(batch.Violations, v => batch.Rejects.Any(r => r.SettlementId == v.SettlementId));
    }
}
