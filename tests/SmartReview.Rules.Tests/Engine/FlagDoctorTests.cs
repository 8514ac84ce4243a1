using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>Flags carry the attending doctor of the stay and the billing doctors of the lines they name, for doctor points.</summary>
public sealed class FlagDoctorTests
{
    [Fact]
    public void Score_ChargeFlag_CarriesTheAttendingDoctorAndEachBillingDoctorOnceInLineOrder()
    {
        // Arrange: three lines charged before admission, by D-B, D-A and D-B again; a fourth by D-C within the stay
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R-DATES", "charge_outside_stay", knowledge: null));
        Settlement s = new SettlementBuilder().WithDoctor("D-ATT")
            .WithLine("L1", Codes.Lab, chargedAt: SettlementBuilder.China("2024-02-20 10:00"), doctor: "D-B")
            .WithLine("L2", Codes.Lab, chargedAt: SettlementBuilder.China("2024-02-20 11:00"), doctor: "D-A")
            .WithLine("L3", Codes.Lab, chargedAt: SettlementBuilder.China("2024-02-20 12:00"), doctor: "D-B")
            .WithLine("L4", Codes.BedDay, doctor: "D-C").Build();

        // Act
        Flag flag = Assert.Single(pack.CreateScorer().Score(s));

        // Assert
        Assert.Equal(["L1", "L2", "L3"], flag.LineIds);
        Assert.Equal("D-ATT", flag.Doctor);
        Assert.Equal(["D-B", "D-A"], flag.LineDoctors);
    }

    [Fact]
    public void Score_StayFlagWithNoLines_CarriesTheAttendingDoctorOnly()
    {
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R-LARGE", "large_claim", knowledge: null, parameters: """{"threshold":5}"""));

        Flag flag = Assert.Single(pack.CreateScorer().Score(new SettlementBuilder().WithDoctor("D-ATT").WithLine("L1", Codes.Lab, doctor: "D-B").Build()));

        Assert.Equal(("D-ATT", 0), (flag.Doctor, flag.LineDoctors.Count));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_FlagThroughTheStayHistory_CarriesNoDoctorWhicheverStayIsScoredFirst(bool laterFirst)
    {
        // Arrange: the history keeps no doctor, so the flag on the later stay is the same in either order
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null));
        Settlement first = new SettlementBuilder().WithId("S1").WithDoctor("D-1").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", Codes.Lab).Build();
        Settlement later = new SettlementBuilder().WithId("S2").WithDoctor("D-2").Stay("2024-03-08 09:00", "2024-03-10 10:00").WithLine("1", Codes.Lab).Build();
        Scorer scorer = pack.CreateScorer(new InMemoryStayHistory());

        // Act
        Flag[] flags = [.. (laterFirst ? new[] { later, first } : [first, later]).SelectMany(scorer.Score)];

        // Assert
        Flag flag = Assert.Single(flags);
        Assert.Equal(("S2", (string?)null, 0), (flag.SettlementId, flag.Doctor, flag.LineDoctors.Count));
        Assert.Equal((0m, 10.00m), (flag.Amount, flag.Ceiling));
    }
}
