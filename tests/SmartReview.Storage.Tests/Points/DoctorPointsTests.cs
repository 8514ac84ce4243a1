using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Points;
using SmartReview.Review;
using SmartReview.Review.Points;
using SmartReview.Storage.Points;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Points;

public sealed class DoctorPointsTests(AzuriteFixture azurite)
{
    private const string Doctor = "D441302012345";

    [Fact]
    public async Task RecordPoints_AcrossFacilities_Crosses9Then12InAYearAndResetsOn1January()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var register = new PointsRegister(new TableDoctorPoints(rig.Account), rig.Settings, rig.Clock);
        CaseKey first = await ClosedConfirmedAsync(rig, "H33010000001"), second = await ClosedConfirmedAsync(rig, "H33010000002");
        CaseKey third = await ClosedConfirmedAsync(rig, "H33010000001"), fourth = await ClosedConfirmedAsync(rig, "H33010000002");

        // Act / Assert: 5 → 9 (suspended) → 12 (terminated), on cases of two facilities
        await RecordAsync(rig, first, Responsibility.Important, 5, new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal((5, Qualification.Good), await StandingAsync(register, 2024));
        await RecordAsync(rig, second, Responsibility.Important, 4, new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal((9, Qualification.Suspended), await StandingAsync(register, 2024));
        await RecordAsync(rig, third, Responsibility.General, 3, new DateTimeOffset(2024, 12, 31, 23, 59, 0, TimeSpan.FromHours(8)));
        Assert.Equal((12, Qualification.Terminated), await StandingAsync(register, 2024));

        // 1 January, China time (still 31 December in UTC): a new year starts from zero; 2024 keeps its record
        await RecordAsync(rig, fourth, Responsibility.General, 1, new DateTimeOffset(2025, 1, 1, 0, 1, 0, TimeSpan.FromHours(8)));
        Assert.Equal((1, Qualification.Good), await StandingAsync(register, 2025));
        Assert.Equal((12, Qualification.Terminated), await StandingAsync(register, 2024));
        PersonRecord record = (await register.PersonAsync(Supervisor, Doctor, Ct))!;
        Assert.Equal([2025, 2024], record.Years.Select(y => y.Year));
        PointsStanding year2024 = record.Years[1];
        Assert.Equal((second.CaseId, third.CaseId), (year2024.SuspendedBy!.CaseId, year2024.TerminatedBy!.CaseId));
    }

    [Fact]
    public async Task WithdrawPoints_BelowTheLimit_StatusFollowsAndTheHistoryKeepsBoth()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var register = new PointsRegister(new TableDoctorPoints(rig.Account), rig.Settings, rig.Clock);
        CaseKey a = await ClosedConfirmedAsync(rig, "H33010000001"), b = await ClosedConfirmedAsync(rig, "H33010000001");
        await RecordAsync(rig, a, Responsibility.Main, 8, CaseRig.Start.AddDays(30));
        int recorded = await RecordAsync(rig, b, Responsibility.Important, 4, CaseRig.Start.AddDays(31));
        Assert.Equal((12, Qualification.Terminated), await StandingAsync(register, 2024));

        // Act
        CommandResult withdrawn = await rig.DoAsync(b, new WithdrawPoints(recorded, "责任认定有误"), Supervisor);

        // Assert
        Assert.Equal(CommandStatus.Done, withdrawn.Status);
        Assert.Equal((8, Qualification.Good), await StandingAsync(register, 2024));
        IReadOnlyList<CaseEvent> history = await rig.Store.EventsAsync(b, Ct);
        Assert.Equal([EventKind.PointsRecorded, EventKind.PointsWithdrawn], history.TakeLast(2).Select(e => e.Kind));
        Assert.Equal(3, (await RegisterRowsAsync(rig)).Count);
    }

    [Fact]
    public async Task RepairAsync_RegisterCopyLost_CopiedAgainFromTheCaseRows()
    {
        // Arrange: the commit wrote the case's row, but the register's copy is lost (a crash in between)
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var points = new TableDoctorPoints(rig.Account);
        CaseKey a = await ClosedConfirmedAsync(rig, "H33010000001");
        await RecordAsync(rig, a, Responsibility.General, 2, CaseRig.Start.AddDays(30));
        TableEntity copy = Assert.Single(await RegisterRowsAsync(rig));
        await rig.Account.DoctorPoints.DeleteEntityAsync(copy.PartitionKey, copy.RowKey, cancellationToken: Ct);
        Assert.Empty(await points.PersonAsync(Doctor, Ct));

        // Act
        int repaired = await points.RepairAsync(Ct);

        // Assert
        Assert.Equal(1, repaired);
        PointsEntry entry = Assert.Single(await points.PersonAsync(Doctor, Ct));
        Assert.Equal((a.FacilityId, a.CaseId, 2, Responsibility.General), (entry.FacilityId, entry.CaseId, entry.Points, entry.Degree));
    }

    [Fact]
    public async Task PersonAsync_FacilityUser_SeesItsOwnCasesEntriesOnly()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var register = new PointsRegister(new TableDoctorPoints(rig.Account), rig.Settings, rig.Clock);
        CaseKey mine = await ClosedConfirmedAsync(rig, "H33010000001"), theirs = await ClosedConfirmedAsync(rig, "H33010000002");
        await RecordAsync(rig, mine, Responsibility.Important, 5, CaseRig.Start.AddDays(30));
        await RecordAsync(rig, theirs, Responsibility.Important, 5, CaseRig.Start.AddDays(31));

        // Act
        PersonRecord seen = (await register.PersonAsync(Facility("H33010000001"), Doctor, Ct))!;
        IReadOnlyList<PointsStanding> year = (await register.YearAsync(Facility("H33010000003"), 2024, Ct))!;

        // Assert
        PointsStanding s = seen.Years.Single(y => y.Year == 2024);
        Assert.Equal(mine.CaseId, Assert.Single(s.Entries).CaseId);
        Assert.Equal((10, Qualification.Suspended), (s.Total, s.Status));
        Assert.Null(s.SuspendedBy);
        Assert.Empty(year);
        Assert.Null(await register.PersonAsync(Facility("H33010000003"), Doctor, Ct));
        Assert.Null(await register.YearAsync(Panel[0], 2024, Ct));
    }

    private static async Task<CaseKey> ClosedConfirmedAsync(CaseRig rig, string facility)
    {
        CaseKey key = await rig.OpenAsync(facility, definite: true);
        Assert.Equal(CommandStatus.Done, (await rig.DoAsync(key, new AcceptDecision(null), Facility(facility))).Status);
        Assert.Equal(CommandStatus.Done, (await rig.DoAsync(key, new FinaliseDecision("终审"), Supervisor)).Status);
        return key;
    }

    private static async Task<int> RecordAsync(CaseRig rig, CaseKey key, Responsibility degree, int points, DateTimeOffset at)
    {
        rig.Clock.Now = at;
        CommandResult result = await rig.DoAsync(key, new RecordPoints(Doctor, degree, points, "经治医师"), Supervisor);
        Assert.True(result.Status == CommandStatus.Done, result.Rejection?.Message);
        return result.Case!.Version;
    }

    private static async Task<(int, Qualification)> StandingAsync(PointsRegister register, int year)
    {
        PointsStanding s = Assert.Single((await register.YearAsync(Supervisor, year, Ct))!);
        return (s.Total, s.Status);
    }

    private static async Task<List<TableEntity>> RegisterRowsAsync(CaseRig rig)
    {
        List<TableEntity> rows = [];
        await foreach (TableEntity row in rig.Account.DoctorPoints.QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
