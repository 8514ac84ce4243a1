using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Tests.Support;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Tests;

public sealed class GeneratedDataTests
{
    private static readonly GeneratorOptions Options = new() { Count = 5000, Seed = 11 };

    [Fact]
    public void Parse_EveryGeneratedRecord_ParsesAndReconcilesToTheFen()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);

        // Act
        ScoredBatch scored = ScoredBatch.Score(Packs.Starter, batch);

        // Assert
        Assert.Empty(scored.Rejected);
        Assert.Equal(Options.Count, scored.Settlements.Count);
        foreach (Settlement s in scored.Settlements)
        {
            decimal sum = 0;
            foreach (LineItem line in s.Lines)
            {
                Assert.Equal(decimal.Round(line.Quantity * line.UnitPrice, 2, MidpointRounding.AwayFromZero), line.Amount);
                sum += line.Amount;
            }

            Assert.Equal(sum, s.Totals.Total);
            Assert.Equal(s.Totals.Total, s.Totals.FundPaid + s.Totals.SelfPay + s.Totals.SelfFunded);
            Assert.True(s.Totals.FundPaid >= 0 && s.Totals.SelfPay >= 0 && s.Totals.SelfFunded >= 0, s.Id);
        }
    }

    [Fact]
    public void Write_Lines_AreChargedWithinTheStayUnlessPlantedOutside()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);
        HashSet<(string, string)> outside = [.. batch.Violations.Where(v => v.Family == "charge_outside_stay").SelectMany(v => v.LineIds.Select(l => (v.SettlementId, l)))];

        // Act
        ScoredBatch scored = ScoredBatch.Score(Packs.Starter, batch);

        // Assert
        Assert.NotEmpty(outside);
        foreach (Settlement s in scored.Settlements)
        {
            foreach (LineItem line in s.Lines.Where(l => !outside.Contains((s.Id, l.LineId))))
            {
                Assert.InRange(line.ChargedAt, s.AdmittedAt, s.DischargedAt);
            }
        }
    }

    [Fact]
    public void Write_Year_HasRealisticShape()
    {
        // Arrange
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);

        // Act
        IReadOnlyList<Settlement> all = ScoredBatch.Score(Packs.Starter, batch).Settlements;
        Facility[] facilities = [.. all.Select(s => s.Facility).DistinctBy(f => f.Id)];
        int[] stays = [.. all.Select(s => s.LengthOfStay).Order()];
        double children = all.Count(s => s.Person.AgeInYears(s.AdmissionDate) < 15) / (double)all.Count;
        double elderly = all.Count(s => s.Person.AgeInYears(s.AdmissionDate) >= 60) / (double)all.Count;

        // Assert
        Assert.InRange(facilities.Length, 50, 60);
        Assert.True(facilities.Count(f => f.Level == 1) > facilities.Count(f => f.Level == 3));
        Assert.True(all.Count(s => s.Facility.Level == 3) > all.Count(s => s.Facility.Level == 2));
        Assert.True(all.Count(s => s.Facility.Level == 2) > all.Count(s => s.Facility.Level == 1));
        Assert.All(all, s => Assert.Equal("330100", s.Facility.Region));
        Assert.InRange(stays[stays.Length / 2], 5, 9);
        Assert.InRange(stays[^1], 20, 60);
        Assert.InRange(all.Average(s => s.Lines.Count), 40, 120);
        Assert.True(all.Count(s => s.Lines.Count is >= 20 and <= 220) > all.Count * 0.99);
        Assert.InRange(children, 0.03, 0.15);
        Assert.InRange(elderly, 0.3, 0.7);
        Assert.True(all.Count(s => s.Setting == CareSetting.Inpatient) > all.Count * 0.9);
        Assert.True(all.Count(s => s.Scheme is Scheme.Employee or Scheme.Resident) > all.Count * 0.9);
        Assert.True(all.Count(s => s.Operations.Count > 0) > all.Count * 0.1);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.DischargeDate <= p.Second.DischargeDate), "settlements are in discharge order");
    }

    [Fact]
    public void Write_KnowledgeItems_AreAlsoUsedLegitimately()
    {
        // Arrange
        CompiledPack pack = Packs.Get(Packs.Starter);
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Starter, Options);
        HashSet<(string, string)> flagged = [.. batch.Violations.SelectMany(v => v.LineIds.Select(l => (v.SettlementId, l)))];

        ILookup<string, string> exact = pack.Rules.SelectMany(r => r.Entries.SelectMany(e => e.Codes).Where(c => !c.EndsWith('*'))
            .Select(c => (Code: c, r.Definition.Family))).Distinct().ToLookup(p => p.Code, p => p.Family);
        (string Prefix, string Family)[] prefixes = [.. pack.Rules.SelectMany(r => r.Entries.SelectMany(e => e.Codes).Where(c => c.EndsWith('*'))
            .Select(c => (c[..^1], r.Definition.Family))).Distinct()];

        // Act
        var legitimate = new Dictionary<string, int>();
        foreach (Settlement s in ScoredBatch.Score(Packs.Starter, batch).Settlements)
        {
            foreach (LineItem line in s.Lines.Where(l => !flagged.Contains((s.Id, l.LineId))))
            {
                foreach (string family in exact[line.Code].Concat(prefixes.Where(p => line.Code.StartsWith(p.Prefix, StringComparison.Ordinal)).Select(p => p.Family)))
                {
                    legitimate[family] = legitimate.GetValueOrDefault(family) + 1;
                }
            }
        }

        // Assert
        string[] itemFamilies = ["sex_restricted_item", "age_restricted_item", "diagnosis_restricted_item", "facility_level_restricted_item",
            "care_setting_restricted_item", "quantity_limit", "exclusive_pair", "unit_price_cap"];
        Assert.All(itemFamilies, family => Assert.True(legitimate.GetValueOrDefault(family) > 0, $"{family}: no legitimate use"));
    }
}
