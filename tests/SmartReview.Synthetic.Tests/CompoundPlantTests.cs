using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Tests.Support;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Tests;

/// <summary>
/// The conflict pack (TestData): a pair whose sides are restricted to different care settings and an amount limit out
/// of reach under a daily quantity limit can only be planted as compound plants; a pair whose containing item is for
/// neonates needs a neonate's stay.
/// </summary>
public sealed class CompoundPlantTests
{
    private static readonly GeneratorOptions Options = new() { Count = 4000, Seed = 11 };

    [Fact]
    public void Write_ConflictPack_PlantsEveryRuleAndMatchesTheScorer()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Conflict, Options);

        // Act
        ScoredBatch scored = ScoredBatch.Score(Packs.Conflict, batch);
        TruthComparison comparison = TruthComparison.Compare(batch.Violations, scored.Flags);

        // Assert
        Assert.Empty(scored.Rejected);
        Assert.True(comparison.Perfect, $"missed {comparison.Missed.Count}, unexpected {comparison.Unexpected.Count}");
        Assert.All(Packs.Get(Packs.Conflict).Rules, r => Assert.Contains(batch.Violations, v => v.RuleId == r.Definition.Id));
        Assert.Equal(["CF-PAIR-SETTING", "CF-AMOUNT"], batch.Result.CompoundRules);
    }

    [Theory]
    [InlineData("CF-PAIR-SETTING", "CF-SETTING")]
    [InlineData("CF-AMOUNT", "CF-QUANTITY")]
    public void Write_RuleWhoseLinesBreakAnother_CoFiresItWithEachPlant(string rule, string coFired)
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Conflict, Options);

        // Act
        PlantedViolation[] planted = [.. batch.Violations.Where(v => v.RuleId == rule)];

        // Assert
        Assert.NotEmpty(planted);
        Assert.All(planted, p => Assert.Contains(batch.Violations, v => v.SettlementId == p.SettlementId && v.RuleId == coFired));
    }

    [Fact]
    public void Write_PairWithANeonatalItem_PlantsItOnNeonatesWithoutBreakingTheAgeRule()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Conflict, Options);
        Dictionary<string, Settlement> settlements = ScoredBatch.Score(Packs.Conflict, batch).Settlements.ToDictionary(s => s.Id);
        HashSet<string> ageBroken = [.. batch.Violations.Where(v => v.RuleId == "CF-AGE").Select(v => v.SettlementId)];

        // Act
        Settlement[] planted = [.. batch.Violations.Where(v => v.RuleId == "CF-PAIR-NEONATE").Select(v => settlements[v.SettlementId])];
        Settlement[] clean = [.. planted.Where(s => !ageBroken.Contains(s.Id))];

        // Assert: the rest ride on a plant of the age rule (the pair planted as the second violation of its stay).
        Assert.True(clean.Length * 4 > planted.Length * 3, $"{clean.Length} of {planted.Length} without the age rule");
        Assert.All(clean, s => Assert.InRange(s.Person.AgeInDays(s.DischargeDate), 0, 28));
        Assert.DoesNotContain("CF-PAIR-NEONATE", batch.Result.CompoundRules);
    }
}
