using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Outcomes;

/// <summary>A fine keeps the range of its legal basis for the confirmed loss (¥1,000.00 unless told), at the final decision.</summary>
public sealed class PenaltyRangeTests
{
    private static FinaliseDecision Fine(string basis, decimal amount) => new("依法处罚", Sanctions: new Sanctions(new Penalty(basis, amount), [], []));

    [Theory]
    [InlineData("art38", 1000.00)]
    [InlineData("art38", 2000.00)]
    [InlineData("art38", 1500.50)]
    [InlineData("art40", 2000.00)]
    [InlineData("art40", 5000.00)]
    [InlineData("art39", 10000.00)]
    [InlineData("art39", 50000.00)]
    public void Finalise_FineWithinItsBasisRange_ClosesWithThePenaltyDue(string basis, decimal amount)
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act
        s.Must(Fine(basis, amount), Actors.Supervisor);

        // Assert
        Assert.Equal(new LedgerAmounts(1000m, amount, 0m), s.State.Due);
        Assert.Equal(new Penalty(basis, amount), s.State.Sanctions!.Penalty);
    }

    [Theory]
    [InlineData("art38", 999.99)]
    [InlineData("art38", 2000.01)]
    [InlineData("art40", 1999.99)]
    [InlineData("art40", 5000.01)]
    [InlineData("art39", 9999.99)]
    [InlineData("art39", 50000.01)]
    [InlineData("art38", 0)]
    public void Finalise_FineOutsideItsBasisRange_RefusedNamingTheRange(string basis, decimal amount)
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act
        Rejection r = s.Refuses(Fine(basis, amount), Actors.Supervisor, RejectionCode.InvalidAmount);

        // Assert
        PenaltyBasis b = SanctionRules.National.Basis(basis)!;
        (decimal min, decimal max) = b.Range(1000m);
        Assert.Contains($"{min:0.00}", r.MessageZh);
        Assert.Contains($"{max:0.00}", r.MessageEn);
        Assert.Contains(b.NameZh, r.MessageZh);
        Assert.Contains(b.NameEn, r.MessageEn);
    }

    [Fact]
    public void Range_MultipleOfALossInOddFen_RoundsInwardToTheFen()
    {
        // Arrange
        PenaltyBasis art38 = SanctionRules.National.Basis("art38")! with { Min = 1.5m, Max = 1.5m };

        // Act
        (decimal min, decimal max) = art38.Range(333.33m);

        // Assert: 1.5 × 333.33 = 499.995, so no whole fen lies in the range
        Assert.Equal(500.00m, min);
        Assert.Equal(499.99m, max);
        Assert.False(art38.Allows(500.00m, 333.33m));
    }

    [Fact]
    public void Finalise_FineUnderAnUnknownBasis_Refused()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act
        Rejection r = s.Refuses(Fine("art99", 1000m), Actors.Supervisor, RejectionCode.InvalidSanction);

        // Assert
        Assert.Contains("art99", r.MessageEn);
    }

    [Fact]
    public void Finalise_FineOnADismissal_Refused()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act + Assert
        s.Refuses(new FinaliseDecision("不予认定", Outcome.Dismissed, null, new Sanctions(new Penalty("art38", 1000m), [], [])), Actors.Supervisor,
            RejectionCode.InvalidSanction);
    }

    [Fact]
    public void Finalise_FineOfAnOverriddenAmount_RangeFollowsTheNewLoss()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act: a 2× fine of the proposed ¥1,000 is above 2× the ¥400 the supervisor confirms
        s.Refuses(new FinaliseDecision("改判", Outcome.Confirmed, 400m, new Sanctions(new Penalty("art38", 2000m), [], [])), Actors.Supervisor,
            RejectionCode.InvalidAmount);
        s.Must(new FinaliseDecision("改判", Outcome.Confirmed, 400m, new Sanctions(new Penalty("art38", 800m), [], [])), Actors.Supervisor);

        // Assert
        Assert.Equal(new LedgerAmounts(400m, 800m, 0m), s.State.Due);
    }

    [Fact]
    public void Finalise_FineByAReviewer_RefusedAsTheWrongRole()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act + Assert
        s.Refuses(Fine("art38", 2000m), new Actor("rev-9", Role.Reviewer), RejectionCode.NotAllowed);
    }
}
