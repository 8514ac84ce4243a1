using System.Text;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Tests.Support;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Tests;

public sealed class GroundTruthTests
{
    [Theory]
    [InlineData(Packs.Starter, 5000, 2024)]
    [InlineData(Packs.Stress, 3000, 2024)]
    [InlineData(Packs.National, 2000, 2025)]
    [InlineData(Packs.FollowedNational, 3000, 2025)]
    [InlineData(Packs.Provincial, 6000, 2025)]
    [InlineData(Packs.Local, 20000, 2025)]
    [InlineData(Packs.Local, 20000, 2024)]
    public void Score_GeneratedBatch_MatchesTruthForEveryFamilyAndRule(string pack, int count, int year)
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(pack, new GeneratorOptions { Count = count, Seed = 11, StartDate = new DateOnly(year, 1, 1) });

        // Act
        ScoredBatch scored = ScoredBatch.Score(pack, batch);
        TruthComparison comparison = TruthComparison.Compare(batch.Violations, scored.Flags);

        // Assert
        Assert.Empty(scored.Rejected);
        Assert.True(comparison.Perfect, Describe(comparison));
        foreach ((string key, TruthScore score) in comparison.ByFamily.Concat(comparison.ByRule))
        {
            Assert.True(score.Recall == 1 && score.Precision == 1, $"{key}: recall {score.Recall:P2}, precision {score.Precision:P2}\n{Describe(comparison)}");
        }
    }

    [Fact]
    public void Write_NationalPackFollowingNewFamilies_PlantsViolationsOfEveryAddedRule()
    {
        // Arrange
        HashSet<string> before = [.. Packs.Get(Packs.National).Rules.Select(r => r.Definition.Id)];
        string[] added = [.. Packs.Get(Packs.FollowedNational).Rules.Select(r => r.Definition.Id).Where(id => !before.Contains(id))];

        // Act
        GeneratedBatch batch = GeneratedBatch.Of(Packs.FollowedNational, new GeneratorOptions { Count = 3000, Seed = 11, StartDate = new DateOnly(2025, 1, 1) });

        // Assert
        Assert.Equal(11, added.Length);
        Assert.All(added, id => Assert.True(batch.Violations.Any(v => v.RuleId == id), $"no violation planted for {id}"));
    }

    [Theory]
    [InlineData(Packs.Starter, 5000)]
    [InlineData(Packs.Stress, 3000)]
    public void Write_PackWithEveryFamily_PlantsViolationsOfEveryFamilyAndEnabledRule(string pack, int count)
    {
        // Arrange
        CompiledPack compiled = Packs.Get(pack);
        GeneratedBatch batch = GeneratedBatch.Of(pack, new GeneratorOptions { Count = count, Seed = 11 });

        // Act
        IReadOnlyList<PlantedViolation> truth = batch.Violations;

        // Assert
        foreach (CompiledRule rule in compiled.Rules)
        {
            int planted = truth.Count(v => v.RuleId == rule.Definition.Id);
            Assert.True(rule.Definition.Enabled ? planted > 0 : planted == 0, $"rule {rule.Definition.Id} ({rule.Definition.Family}): {planted} planted");
        }

        Assert.Empty(batch.Result.UnsupportedRules);
        Assert.Empty(batch.Result.UnplantableRules);
        Assert.Equal(compiled.Rules.Select(r => r.Definition.Family).ToHashSet(), truth.Select(v => v.Family).ToHashSet());
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2024)]
    public void Write_LocalPack_PlantsEveryJudgedRule(int year)
    {
        // Arrange: the seed city's 349 rules. Facility indicators judge a facility's month, not one settlement
        // (IndicatorTests in SmartReview.Rules.Tests). Rules whose lines break others of the pack as its knowledge
        // stands (an inpatient consultation paired with outpatient-only ones; home-bed items above their total only
        // beyond their daily limits) are planted as compound plants, with the rules they break in the truth; rules that
        // need a rare stay (neonatal pairs) get one. The batch is the one the local theories above score.
        CompiledPack compiled = Packs.Get(Packs.Local);
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Local, new GeneratorOptions { Count = 20000, Seed = 11, StartDate = new DateOnly(year, 1, 1) });
        CompiledRule[] judged = [.. compiled.Rules.Where(r => r.Definition.Enabled && r.Definition.Family != "facility_indicator"
            && r.Definition.InForceOn(new DateOnly(year, 6, 30)))];

        // Act
        HashSet<string> planted = [.. batch.Violations.Select(v => v.RuleId)];
        string[] unplanted = [.. judged.Where(r => !planted.Contains(r.Definition.Id)).Select(r => r.Definition.Id)];

        // Assert
        Assert.True(unplanted.Length == 0, $"{unplanted.Length} of {judged.Length} rules unplanted: {string.Join(", ", unplanted)}");
        Assert.Equal(judged.Select(r => r.Definition.Family).ToHashSet(), batch.Violations.Select(v => v.Family).ToHashSet());
        Assert.DoesNotContain(batch.Result.UnsupportedRules, id => compiled.Find(id)!.Definition.Family != "facility_indicator");
        Assert.Empty(batch.Result.UnplantableRules);
    }

    [Fact]
    public void Write_DefaultRate_FlagsAbout20To25PercentOfSettlements()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, new GeneratorOptions { Count = 5000, Seed = 11 });

        // Act
        double share = batch.Violations.Select(v => v.SettlementId).Distinct().Count() / 5000.0;

        // Assert
        Assert.InRange(share, 0.19, 0.26);
        Assert.Equal(batch.Result.ViolatingSettlements, batch.Violations.Select(v => v.SettlementId).Distinct().Count());
    }

    private static string Describe(TruthComparison comparison)
    {
        var text = new StringBuilder();
        foreach ((string family, TruthScore s) in comparison.ByFamily)
        {
            text.AppendLine($"{family}: expected {s.Expected}, raised {s.Raised}, matched {s.Matched}");
        }

        foreach (PlantedViolation v in comparison.Missed.Take(20))
        {
            text.AppendLine($"missed {v.SettlementId} {v.RuleId} [{string.Join(",", v.LineIds)}] related {v.RelatedSettlementId}");
        }

        foreach (Flag f in comparison.Unexpected.Take(20))
        {
            text.AppendLine($"unexpected {f.SettlementId} {f.RuleId} [{string.Join(",", f.LineIds)}] related {f.RelatedSettlementId}: {f.Message.ZhCn}");
        }

        return text.ToString();
    }
}
