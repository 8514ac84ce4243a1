using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Review;
using SmartReview.Storage.Evidence;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Evidence;

/// <summary>A reviewer's evidence on a real evidence container: uploaded while the case is open, attached with a note, only the case's own files.</summary>
public sealed class ReviewerEvidenceTests(AzuriteFixture azurite)
{
    private const string A = "H33010000001";
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AttachEvidence_ReviewerUploadsInFirstReview_AppendedToTheHistoryWithTheStoredFile()
    {
        // Arrange
        (CaseRig rig, EvidenceUpload upload, CaseCommandHandler commands) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A);
        EvidenceUploadResult saved = await upload.HandleAsync(key, Reviewer1, "现场照片.pdf", "application/pdf", Pdf.Length, new MemoryStream(Pdf), Ct);

        // Act
        CommandResult result = await commands.HandleAsync(key, new AttachEvidence("病区床位与结算天数不符", [saved.Evidence! with { FileName = "x.exe" }]), Reviewer1, Ct);

        // Assert
        Assert.Equal(CommandStatus.Done, result.Status);
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(key, Ct);
        CaseEvent attached = events[^1];
        Assert.Equal((EventKind.EvidenceAttached, "rev-1", Role.Reviewer, Stage.FirstReview), (attached.Kind, attached.ActorId, attached.Role, attached.StageAfter));
        Assert.Equal(("现场照片.pdf", (long)Pdf.Length), (Assert.Single(attached.Evidence!).FileName, attached.Evidence![0].Bytes));
        Assert.Equal(Stage.FirstReview, (await rig.CaseAsync(key)).Stage);
    }

    [Fact]
    public async Task AttachEvidence_FileOfAnotherCase_InvalidEvidenceAndNothingAppended()
    {
        // Arrange
        (CaseRig rig, EvidenceUpload upload, CaseCommandHandler commands) = await RigAsync();
        CaseKey mine = await rig.OpenAsync(A);
        CaseKey other = await rig.OpenAsync(A);
        EvidenceRef foreign = (await upload.HandleAsync(other, Reviewer1, "o.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct)).Evidence!;

        // Act
        CommandResult result = await commands.HandleAsync(mine, new AttachEvidence("见附件", [foreign]), Reviewer1, Ct);

        // Assert
        Assert.Equal(RejectionCode.InvalidEvidence, result.Rejection!.Code);
        Assert.Single(await rig.Store.EventsAsync(mine, Ct));
    }

    [Fact]
    public async Task Upload_ByAReviewerOnAClosedCase_NotAllowed()
    {
        // Arrange
        (CaseRig rig, EvidenceUpload upload, _) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A);
        await rig.MustAsync(key, new DismissFlag("不成立"), Reviewer1);
        await rig.MustAsync(key, new FinaliseDecision("同意"), Supervisor);

        // Act
        EvidenceUploadResult result = await upload.HandleAsync(key, Reviewer2, "a.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct);

        // Assert
        Assert.Equal((EvidenceUploadStatus.NotAllowed, "stage"), (result.Status, result.Field));
    }

    private async Task<(CaseRig Rig, EvidenceUpload Upload, CaseCommandHandler Commands)> RigAsync()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var files = new BlobEvidenceFiles(rig.Account);
        return (rig, new EvidenceUpload(rig.Store, files, new EvidenceSettings()), new CaseCommandHandler(rig.Store, rig.Settings, WorkingCalendar.China, rig.Clock, files));
    }
}
