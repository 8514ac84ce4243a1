using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>
/// The fields of the case page's decision forms; <see cref="ToCommand"/> makes the review flow's command named by the
/// button pressed. The flow checks everything else (stage, role, amount, reason) and says what is wrong.
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

    public CaseCommand? ToCommand(string decision, IReadOnlyList<EvidenceRef> evidence) => decision switch
    {
        "confirm" => new ConfirmFlag(Amount ?? 0m, Reason ?? ""),
        "dismiss" => new DismissFlag(Reason ?? ""),
        "appeal" => new FileAppeal(Statement ?? "", evidence, Reason),
        "contest" => new ContestDecision(Statement ?? "", evidence, Reason),
        "accept" => new AcceptDecision(Reason),
        "uphold" => new UpholdDecision(Reason ?? ""),
        "adjust" => new AdjustAmount(Amount ?? 0m, Reason ?? ""),
        "overturn" => new OverturnDecision(Reason ?? ""),
        "vote" => new CastVote(Outcome ?? Review.Outcome.Dismissed, Outcome == Review.Outcome.Confirmed ? Amount : null, Reason ?? ""),
        "finalise" => new FinaliseDecision(Reason ?? "", Outcome, Outcome == Review.Outcome.Confirmed ? Amount : null),
        "correct" => new CorrectDecision(Outcome ?? Review.Outcome.Dismissed, Outcome == Review.Outcome.Confirmed ? Amount ?? 0m : 0m, Reason ?? ""),
        _ => null,
    };
}
