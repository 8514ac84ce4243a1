using System.Text;
using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Review;
using SmartReview.Storage.Evidence;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Evidence;

/// <summary>Evidence uploads on a real evidence container: what is kept, what is refused and why, and appeals naming only their own case's files.</summary>
public sealed class EvidenceTests(AzuriteFixture azurite)
{
    private const string A = "H33010000001";
    private const string B = "H33010000002";
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"u8];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_PdfInAppeal_ReadsBackWithNameAndType()
    {
        (CaseRig rig, BlobEvidenceFiles files, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A, definite: true);

        EvidenceUploadResult result = await upload.HandleAsync(key, Facility(A), "C:\\scans\\说明函.pdf", "application/pdf", Pdf.Length, new MemoryStream(Pdf), Ct);

        Assert.Equal(EvidenceUploadStatus.Saved, result.Status);
        EvidenceRef saved = result.Evidence!;
        Assert.Equal(("说明函.pdf", "application/pdf", (long)Pdf.Length), (saved.FileName, saved.ContentType, saved.Bytes));
        Assert.StartsWith($"{A}/{key.CaseId}/", saved.BlobName, StringComparison.Ordinal);
        Assert.DoesNotContain("说明函", saved.BlobName, StringComparison.Ordinal);
        EvidenceFile file = (await files.OpenAsync(key, saved.BlobName, Ct))!;
        using var read = new MemoryStream();
        await file.Content.CopyToAsync(read, Ct);
        Assert.Equal(Pdf, read.ToArray());
        Assert.Equal(("说明函.pdf", "application/pdf"), (file.FileName, file.ContentType));
        Assert.Equal(saved, await files.FindAsync(key, saved.BlobName, Ct));
    }

    [Fact]
    public async Task Upload_TooBig_RefusedNamingTheFile()
    {
        (CaseRig rig, _, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A, definite: true);
        byte[] big = new byte[EvidenceSettings.DefaultMaxBytes + 1];
        Png.CopyTo(big, 0);

        EvidenceUploadResult declared = await upload.HandleAsync(key, Facility(A), "big.png", "image/png", big.Length, new MemoryStream(big), Ct);
        EvidenceUploadResult counted = await upload.HandleAsync(key, Facility(A), "big.png", "image/png", null, new MemoryStream(big), Ct);

        foreach (EvidenceUploadResult r in new[] { declared, counted })
        {
            Assert.Equal(EvidenceUploadStatus.TooLarge, r.Status);
            Assert.Equal("file", r.Field);
            Assert.StartsWith("file 'big.png': larger than", r.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_TypeNotAllowed_RefusedWithTheAllowedTypes()
    {
        (CaseRig rig, _, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A, definite: true);

        EvidenceUploadResult result = await upload.HandleAsync(key, Facility(A), "x.exe", "application/x-msdownload", 2, new MemoryStream("MZ"u8.ToArray()), Ct);

        Assert.Equal(EvidenceUploadStatus.WrongType, result.Status);
        Assert.Equal("contentType", result.Field);
        Assert.Equal("file 'x.exe': type application/x-msdownload is not allowed (pdf, png, jpeg)", result.Error);
    }

    [Theory]
    [InlineData("application/pdf", "<script>alert(1)</script>")]
    [InlineData("image/png", "#!/bin/sh\nrm -rf /\n")]
    [InlineData("image/jpeg", "%PDF-1.7 not a jpeg")]
    public async Task Upload_ContentNotOfDeclaredType_Refused(string type, string content)
    {
        (CaseRig rig, _, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A, definite: true);

        EvidenceUploadResult result = await upload.HandleAsync(key, Facility(A), "renamed.file", type, null, new MemoryStream(Encoding.UTF8.GetBytes(content)), Ct);

        Assert.Equal(EvidenceUploadStatus.WrongType, result.Status);
        Assert.Equal("content", result.Field);
        Assert.Contains("file 'renamed.file': the content is not", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OutsideAppeal_NotAllowed()
    {
        (CaseRig rig, _, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A);

        EvidenceUploadResult result = await upload.HandleAsync(key, Facility(A), "a.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct);

        Assert.Equal(EvidenceUploadStatus.NotAllowed, result.Status);
        Assert.Equal("stage", result.Field);
        Assert.Equal("file 'a.pdf': evidence is uploaded while the case is in Appeal; it is in FirstReview", result.Error);
    }

    [Fact]
    public async Task Upload_OtherFacilityOrNotAFacility_Refused()
    {
        (CaseRig rig, _, EvidenceUpload upload) = await RigAsync();
        CaseKey key = await rig.OpenAsync(A, definite: true);

        EvidenceUploadResult other = await upload.HandleAsync(key, Facility(B), "a.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct);
        EvidenceUploadResult supervisor = await upload.HandleAsync(key, Supervisor, "a.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct);

        Assert.Equal(EvidenceUploadStatus.NotFound, other.Status);
        Assert.Equal(EvidenceUploadStatus.NotAllowed, supervisor.Status);
        Assert.Equal("file 'a.pdf': only the facility of the case or a reviewer may upload evidence", supervisor.Error);
    }

    [Fact]
    public async Task FileAppeal_EvidenceOfAnotherCase_InvalidEvidence()
    {
        (CaseRig rig, BlobEvidenceFiles files, EvidenceUpload upload) = await RigAsync();
        var commands = new CaseCommandHandler(rig.Store, rig.Settings, WorkingCalendar.China, rig.Clock, files);
        CaseKey mine = await rig.OpenAsync(A, definite: true);
        CaseKey other = await rig.OpenAsync(A, definite: true);
        CaseKey ofB = await rig.OpenAsync(B, definite: true);
        EvidenceRef otherFile = (await upload.HandleAsync(other, Facility(A), "o.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct)).Evidence!;
        EvidenceRef fileOfB = (await upload.HandleAsync(ofB, Facility(B), "b.png", "image/png", null, new MemoryStream(Png), Ct)).Evidence!;
        EvidenceRef own = (await upload.HandleAsync(mine, Facility(A), "own.pdf", "application/pdf", null, new MemoryStream(Pdf), Ct)).Evidence!;
        EvidenceRef[] foreign =
        [
            otherFile, fileOfB, otherFile with { BlobName = $"{A}/{mine.CaseId}/../{other.CaseId}/{otherFile.BlobName[^32..]}" },
            own with { BlobName = own.BlobName[..^1] + "0" + "0" }, own with { BlobName = $"{A}/{mine.CaseId}/{Guid.NewGuid():n}" },
        ];

        foreach (EvidenceRef e in foreign)
        {
            CommandResult refused = await commands.HandleAsync(mine, new FileAppeal("见附件", [own, e]), Facility(A), Ct);
            Assert.Equal(CommandStatus.Rejected, refused.Status);
            Assert.Equal(RejectionCode.InvalidEvidence, refused.Rejection!.Code);
            Assert.Contains("evidence 2", refused.Rejection.MessageEn, StringComparison.Ordinal);
        }

        CommandResult done = await commands.HandleAsync(mine, new FileAppeal("见附件", [own with { FileName = "relabelled.exe", Bytes = 1 }]), Facility(A), Ct);
        Assert.Equal(CommandStatus.Done, done.Status);
        Assert.Equal(Stage.ReReview, done.Case!.Stage);
        Assert.Equal(own, Assert.Single(done.Events[0].Evidence!));
    }

    [Fact]
    public async Task FileAppeal_WithoutEvidenceStore_RefusesAnyEvidence()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(A, definite: true);

        CommandResult result = await rig.DoAsync(key, new FileAppeal("见附件", [new EvidenceRef($"{A}/{key.CaseId}/{Guid.NewGuid():n}", "a.pdf", "application/pdf", 1)]), Facility(A));

        Assert.Equal(RejectionCode.InvalidEvidence, result.Rejection!.Code);
    }

    private async Task<(CaseRig Rig, BlobEvidenceFiles Files, EvidenceUpload Upload)> RigAsync()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var files = new BlobEvidenceFiles(rig.Account);
        return (rig, files, new EvidenceUpload(rig.Store, files, new EvidenceSettings()));
    }
}
