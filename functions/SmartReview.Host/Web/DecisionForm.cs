using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>
/// The fields of the case page's decision forms; <see cref="ToCommand"/> makes the review flow's command named by the
/// button pressed. The flow checks everything else (stage, role, amount, reason, sanction ranges, what is outstanding)
/// and says what is wrong.
/// </summary>
internal sealed class DecisionForm
{
    /// <summary>The case version the page showed: a decision on a case that changed since is refused, not applied.</summary>
    public int Version { get; set; }

    public decimal? Amount { get; set; }

    public string? Reason { get; set; }

    public string? Statement { get; set; }

    public Outcome? Outcome { get; set; }

    /// <summary>Evidence this form already uploaded (blob names), kept after a refusal so the files need not be picked again.</summary>
    public List<string> Uploaded { get; set; } = [];

    /// <summary>After deciding, open the next case of the same queue.</summary>
    public bool Next { get; set; }

    /// <summary>The fine's legal basis (a code of the sanction rules); empty for no fine.</summary>
    public string? PenaltyBasis { get; set; }

    public decimal? PenaltyAmount { get; set; }

    /// <summary>The agreement measures ticked; each takes only its own detail below.</summary>
    public List<AgreementMeasure> Measures { get; set; } = [];

    public decimal? DamagesAmount { get; set; }

    public string? Department { get; set; }

    public int? Months { get; set; }

    public DateOnly? RectifyUntil { get; set; }

    public List<Referral> Referrals { get; set; } = [];

    public LedgerKind? ReceiptAgainst { get; set; }

    public decimal? ReceiptAmount { get; set; }

    public ReceiptMethod? ReceiptMethod { get; set; }

    public string? ReceiptReference { get; set; }

    public CaseCommand? ToCommand(string decision, IReadOnlyList<EvidenceRef> evidence) => decision switch
    {
        "confirm" => new ConfirmFlag(Amount ?? 0m, Reason ?? ""),
        "dismiss" => new DismissFlag(Reason ?? ""),
        "acceptReport" => new AcceptReport(Reason ?? ""),
        "rejectReport" => new RejectReport(Reason ?? ""),
        "attach" => new AttachEvidence(Statement ?? "", evidence),
        "appeal" => new FileAppeal(Statement ?? "", evidence, Reason),
        "contest" => new ContestDecision(Statement ?? "", evidence, Reason),
        "accept" => new AcceptDecision(Reason),
        "uphold" => new UpholdDecision(Reason ?? ""),
        "adjust" => new AdjustAmount(Amount ?? 0m, Reason ?? ""),
        "overturn" => new OverturnDecision(Reason ?? ""),
        "vote" => new CastVote(Outcome ?? Review.Outcome.Dismissed, Outcome == Review.Outcome.Confirmed ? Amount : null, Reason ?? ""),
        "finalise" => new FinaliseDecision(Reason ?? "", Outcome, Outcome == Review.Outcome.Confirmed ? Amount : null, Sanctions()),
        "correct" => new CorrectDecision(Outcome ?? Review.Outcome.Dismissed, Outcome == Review.Outcome.Confirmed ? Amount ?? 0m : 0m, Reason ?? "",
            Outcome == Review.Outcome.Confirmed ? Sanctions() : null),
        "receipt" => new RecordReceipt(ReceiptAgainst ?? LedgerKind.Recovery, ReceiptAmount ?? 0m, ReceiptMethod ?? Review.ReceiptMethod.Deduction,
            ReceiptReference ?? "", Reason),
        _ => null,
    };

    /// <summary>The sanctions the fields describe (none when nothing is filled in): each measure with only its own detail.</summary>
    public Sanctions Sanctions() => new(
        string.IsNullOrWhiteSpace(PenaltyBasis) ? null : new Penalty(PenaltyBasis, PenaltyAmount ?? 0m),
        [.. Measures.Distinct().Order().Select(m => m switch
        {
            AgreementMeasure.LiquidatedDamages => new AgreementAction(m, Amount: DamagesAmount),
            AgreementMeasure.SuspendDepartment => new AgreementAction(m, Months: Months, Department: Department),
            AgreementMeasure.Rectification => new AgreementAction(m, Until: RectifyUntil),
            _ => new AgreementAction(m),
        })],
        [.. Referrals.Distinct().Order()]);

    /// <summary>Fills the sanction fields from those a case carries, so a correction starts from what was ordered.</summary>
    public void Show(Sanctions? sanctions)
    {
        if (sanctions is null)
        {
            return;
        }

        (PenaltyBasis, PenaltyAmount) = (sanctions.Penalty?.Basis, sanctions.Penalty?.Amount);
        Measures = [.. sanctions.Agreement.Select(a => a.Measure)];
        Referrals = [.. sanctions.Referrals];
        foreach (AgreementAction a in sanctions.Agreement)
        {
            DamagesAmount ??= a.Amount;
            Months ??= a.Months;
            Department ??= a.Department;
            RectifyUntil ??= a.Until;
        }
    }
}
