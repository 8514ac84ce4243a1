using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.ByHand;

/// <summary>A reviewer attaches evidence to a case at any open stage; nothing else about the case changes.</summary>
public sealed class AttachEvidenceTests
{
    private static readonly AttachEvidence Photos = new("现场检查照片：药房库存与结算不符", [Evidence.Scan]);

    [Fact]
    public void AttachEvidence_ByAReviewerInAppeal_RecordedWithStageProposalAndDeadlineKept()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal(600m);
        ReviewCase before = s.State;

        // Act
        s.Must(Photos, Actors.ReReviewer);

        // Assert
        CaseEvent e = s.Events[^1];
        Assert.Equal((EventKind.EvidenceAttached, Role.Reviewer, "现场检查照片：药房库存与结算不符"), (e.Kind, e.Role, e.Statement));
        Assert.Equal([Evidence.Scan], e.Evidence!);
        Assert.Equal((before.Stage, before.AppealRound, before.Proposed, before.Amount, before.DueUtc, before.FirstReviewerId),
            (s.State.Stage, s.State.AppealRound, s.State.Proposed, s.State.Amount, s.State.DueUtc, s.State.FirstReviewerId));
        Assert.Empty(s.Postings);
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
    }

    [Fact]
    public void AttachEvidence_ByAnotherRole_NotAllowed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act / Assert
        s.Refuses(Photos, Actors.Facility, RejectionCode.NotAllowed);
        s.Refuses(Photos, Actors.Panel(1), RejectionCode.NotAllowed);
    }

    [Fact]
    public void AttachEvidence_WithoutANoteOrAFile_Refused()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act / Assert
        s.Refuses(Photos with { Note = " " }, Actors.Reviewer, RejectionCode.ReasonRequired);
        s.Refuses(Photos with { Evidence = [] }, Actors.Reviewer, RejectionCode.InvalidEvidence);
        s.Refuses(Photos with { Evidence = [Evidence.Scan with { BlobName = "" }] }, Actors.Reviewer, RejectionCode.InvalidEvidence);
    }

    [Fact]
    public void AttachEvidence_OnAClosedCase_CaseClosed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToClosed();

        // Act / Assert
        s.Refuses(Photos, Actors.Reviewer, RejectionCode.CaseClosed);
    }
}
