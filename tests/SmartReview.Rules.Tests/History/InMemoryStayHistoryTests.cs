using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.History;

/// <summary>The compact history keeps <see cref="IStayHistory"/>'s contract: what comes back is what went in.</summary>
public sealed class InMemoryStayHistoryTests
{
    private static readonly DateOnly Day0 = new(2024, 3, 1);
    private const int SweepEvery = 1 << 16;

    private static StayRecord Stay(string id, int admitted, int discharged, string person = "P0000000001", string facility = "H001", decimal total = 1000m) =>
        new(id, person, facility, Day0.AddDays(admitted), Day0.AddDays(discharged), total, 3, Scheme.Employee, CareSetting.Inpatient);

    [Fact]
    public void Admit_StaysOfEveryShape_ReturnsThemAsAdmitted()
    {
        // Arrange: ids that pack and ids that do not (long, non-ASCII), and every field set
        var history = new InMemoryStayHistory();
        StayRecord[] stays =
        [
            new("S2024000000001", "P0000000001", "H001", Day0, Day0.AddDays(3), 1234.56m, 3, Scheme.Resident, CareSetting.Emergency),
            new("SETTLEMENT-WITH-A-LONG-ID-0000002", "P0000000001", "医院-42", Day0.AddDays(1), Day0.AddDays(2), 0.01m, 1, Scheme.Maternity, CareSetting.Internet),
            new("S3", "P0000000001", "H001", Day0.AddDays(2), Day0.AddDays(2), 99999999.99m, 2, Scheme.WorkInjury, CareSetting.Pharmacy),
        ];
        StayRecord probe = Stay("S-PROBE-1234567890", 1, 2);
        foreach (StayRecord stay in stays)
        {
            history.Admit(stay, 0);
        }

        // Act
        IReadOnlyList<StayRecord> near = history.Neighbours(probe, 30);

        // Assert: equal records, in the order admitted, with scale kept
        Assert.Equal(stays, near);
        Assert.Equal("1234.56", near[0].Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Admit_PersonIdThatDoesNotPack_KeepsPersonsApart()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        history.Admit(Stay("S1", 0, 2, person: "张三"), 0);
        history.Admit(Stay("S2", 0, 2, person: "PERSON-ID-LONGER-THAN-16"), 0);

        // Act
        IReadOnlyList<StayRecord> zhang = history.Neighbours(Stay("S9", 0, 2, person: "张三"), 30);
        IReadOnlyList<StayRecord> other = history.Neighbours(Stay("S9", 0, 2, person: "PERSON-ID-LONGER-THAN-17"), 30);

        // Assert
        Assert.Equal("S1", Assert.Single(zhang).SettlementId);
        Assert.Empty(other);
        Assert.Equal(2, history.PersonCount);
    }

    [Theory]
    [InlineData("S1")]
    [InlineData("SETTLEMENT-WITH-A-LONG-ID-1")]
    public void Admit_KnownSettlementId_ReplacesTheStayAndPutsItLast(string id)
    {
        // Arrange
        var history = new InMemoryStayHistory();
        history.Admit(Stay(id, 0, 2), 0);
        history.Admit(Stay("S2", 3, 4), 0);

        // Act
        IReadOnlyList<StayRecord> returned = history.Admit(Stay(id, 5, 6, total: 7m), 30);
        IReadOnlyList<StayRecord> near = history.Neighbours(Stay("S9", 5, 6), 30);

        // Assert: the old version was a neighbour of the new one only as another settlement would not be
        Assert.Equal(["S2"], returned.Select(s => s.SettlementId));
        Assert.Equal([("S2", 1000m), (id, 7m)], near.Select(s => (s.SettlementId, s.Total)));
    }

    [Fact]
    public void Admit_SameStayAgain_DoesNotReturnItself()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        history.Admit(Stay("S1", 0, 2), 30);

        // Act
        IReadOnlyList<StayRecord> near = history.Admit(Stay("S1", 0, 2), 30);

        // Assert
        Assert.Empty(near);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Admit_LaterStay_FindsTheEarlierOneUpToTheWindowInclusive(int admitted, bool found)
    {
        // Arrange: the earlier stay ends on day 2; window 10 reaches day 12
        var history = new InMemoryStayHistory();
        history.Admit(Stay("S1", 0, 2), 10);

        // Act
        IReadOnlyList<StayRecord> near = history.Admit(Stay("S2", admitted, admitted + 1), 10);

        // Assert
        Assert.Equal(found, near.Count == 1);
    }

    [Theory]
    [InlineData(-10, true)]
    [InlineData(-11, false)]
    public void Admit_EarlierStay_FindsTheLaterOneUpToTheWindowInclusive(int discharged, bool found)
    {
        // Arrange: the later stay starts on day 0
        var history = new InMemoryStayHistory();
        history.Admit(Stay("S1", 0, 2), 10);

        // Act
        IReadOnlyList<StayRecord> near = history.Admit(Stay("S2", discharged - 3, discharged), 10);

        // Assert
        Assert.Equal(found, near.Count == 1);
    }

    [Fact]
    public void Neighbours_UnknownStay_DoesNotRecordIt()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        history.Neighbours(Stay("S1", 0, 2), 30);

        // Act
        IReadOnlyList<StayRecord> near = history.Admit(Stay("S2", 3, 4), 30);

        // Assert
        Assert.Empty(near);
        Assert.Equal(1, history.PersonCount);
    }

    [Fact]
    public void Admit_ManyStays_ForgetsThoseDischargedBeforeTheRetentionOnSweep()
    {
        // Arrange: retention 10 days before the latest discharge (day 100): day 90 is kept, day 89 is not
        var history = new InMemoryStayHistory(retentionDays: 10);
        history.Admit(Stay("S-OLD", 85, 89, person: "P-OLD"), 0);
        history.Admit(Stay("S-EDGE", 88, 90, person: "P-EDGE"), 0);
        history.Admit(Stay("S-MIXED-OLD", 80, 89, person: "P-MIXED"), 0);
        history.Admit(Stay("S-MIXED-NEW", 95, 99, person: "P-MIXED"), 0);

        // Act: enough admits to sweep, each the same stay of one more person
        for (int i = 0; i < SweepEvery - 4; i++)
        {
            history.Admit(Stay("S-FILL", 99, 100, person: "P-FILL"), 0);
        }

        // Assert
        Assert.Empty(history.Neighbours(Stay("S9", 0, 200, person: "P-OLD"), 0));
        Assert.Equal("S-EDGE", Assert.Single(history.Neighbours(Stay("S9", 0, 200, person: "P-EDGE"), 0)).SettlementId);
        Assert.Equal("S-MIXED-NEW", Assert.Single(history.Neighbours(Stay("S9", 0, 200, person: "P-MIXED"), 0)).SettlementId);
        Assert.Equal(3, history.PersonCount);
    }

    [Fact]
    public void Admit_AfterASweep_ReusesFreedSlotsWithoutMixingPersons()
    {
        // Arrange: persons P* stay on days 0-1, persons Q* on days 50-51; the sweep at the end frees every P stay
        var history = new InMemoryStayHistory(retentionDays: 10);
        for (int i = 0; i < SweepEvery; i++)
        {
            history.Admit(Stay($"S{i}", 0, 1, person: $"P{i}"), 0);
        }

        for (int i = 0; i < SweepEvery; i++)
        {
            history.Admit(Stay($"T{i}", 50, 51, person: $"Q{i}"), 0);
        }

        // Act: new stays take the freed slots
        for (int i = 0; i < 1000; i++)
        {
            history.Admit(Stay($"U{i}", 52, 53, person: $"P{i}"), 0);
        }

        // Assert
        Assert.Equal("U7", Assert.Single(history.Neighbours(Stay("S9", 0, 200, person: "P7"), 0)).SettlementId);
        Assert.Equal("T7", Assert.Single(history.Neighbours(Stay("S9", 0, 200, person: "Q7"), 0)).SettlementId);
        Assert.Equal(SweepEvery + 1000, history.PersonCount);
    }
}
