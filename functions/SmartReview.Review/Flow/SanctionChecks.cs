using System.Globalization;
using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>
/// Whether a decision's sanctions keep the rules (<see cref="SanctionRules"/>): only on a confirmed violation; a fine
/// under a known basis within its range for the loss; each agreement measure once, with the details it needs and no
/// others; referrals once each. Each check returns the rejection or null.
/// </summary>
internal static class SanctionChecks
{
    /// <summary>Sanctions as the case keeps them: missing lists read as empty, nothing ordered as null.</summary>
    public static Sanctions? Normal(Sanctions? s) =>
        s is null ? null : new Sanctions(s.Penalty, s.Agreement ?? [], s.Referrals ?? []) is { IsEmpty: false } kept ? kept : null;

    public static Rejection? Check(Sanctions? sanctions, Outcome outcome, decimal? loss, SanctionRules rules, DateOnly today)
    {
        if (Normal(sanctions) is not { } s)
        {
            return null;
        }

        return outcome != Outcome.Confirmed
            ? Texts.Reject(RejectionCode.InvalidSanction, "Sanction_NeedsViolation")
            : new[] { Fine(s.Penalty, loss.GetValueOrDefault(), rules) }
                .Concat(Measures(s.Agreement, rules, today))
                .Append(Referrals(s.Referrals))
                .FirstOrDefault(r => r is not null);
    }

    private static Rejection? Fine(Penalty? penalty, decimal loss, SanctionRules rules)
    {
        if (penalty is null)
        {
            return null;
        }

        if (rules.Basis(penalty.Basis) is not { } basis)
        {
            return Texts.Reject(RejectionCode.InvalidSanction, "Sanction_UnknownBasis", penalty.Basis);
        }

        (decimal min, decimal max) = basis.Range(loss);
        return !Money.IsFen(penalty.Amount) ? Fen(penalty.Amount)
            : !basis.Allows(penalty.Amount, loss) ? Texts.Reject(RejectionCode.InvalidAmount, "Penalty_Range", basis, min, max, penalty.Amount)
            : null;
    }

    private static IEnumerable<Rejection?> Measures(IReadOnlyList<AgreementAction> actions, SanctionRules rules, DateOnly today)
    {
        if (actions.Any(a => a is null || !Enum.IsDefined(a.Measure)))
        {
            yield return Texts.Reject(RejectionCode.InvalidSanction, "Sanction_UnknownMeasure");
            yield break;
        }

        if (actions.GroupBy(a => a.Measure).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            yield return Texts.Reject(RejectionCode.InvalidSanction, "Sanction_Repeated", twice.Key);
        }

        if (actions.Any(a => a.Measure == AgreementMeasure.SuspendAgreement) && actions.Any(a => a.Measure == AgreementMeasure.TerminateAgreement))
        {
            yield return Texts.Reject(RejectionCode.InvalidSanction, "Sanction_SuspendOrTerminate");
        }

        foreach (AgreementAction a in actions)
        {
            yield return Measure(a, rules, today);
        }
    }

    private static Rejection? Measure(AgreementAction a, SanctionRules rules, DateOnly today)
    {
        bool damages = a.Measure == AgreementMeasure.LiquidatedDamages;
        bool department = a.Measure == AgreementMeasure.SuspendDepartment;
        bool rectify = a.Measure == AgreementMeasure.Rectification;
        if ((!damages && a.Amount is not null) || (!department && (a.Months is not null || a.Department is not null)) || (!rectify && a.Until is not null))
        {
            return Texts.Reject(RejectionCode.InvalidSanction, "Sanction_DetailNotHere", a.Measure);
        }

        return a switch
        {
            { Measure: AgreementMeasure.LiquidatedDamages, Amount: null } => Texts.Reject(RejectionCode.InvalidAmount, "Damages_Amount"),
            { Measure: AgreementMeasure.LiquidatedDamages, Amount: { } amount } when !Money.IsFen(amount) => Fen(amount),
            { Measure: AgreementMeasure.LiquidatedDamages, Amount: <= 0m } => Texts.Reject(RejectionCode.InvalidAmount, "Damages_Amount"),
            { Measure: AgreementMeasure.SuspendDepartment } when string.IsNullOrWhiteSpace(a.Department) =>
                Texts.Reject(RejectionCode.InvalidSanction, "Sanction_DepartmentRequired"),
            { Measure: AgreementMeasure.SuspendDepartment } when a.Months is not { } m || m < rules.MinSuspensionMonths || m > rules.MaxSuspensionMonths =>
                Texts.Reject(RejectionCode.InvalidSanction, "Sanction_Months", rules.MinSuspensionMonths, rules.MaxSuspensionMonths, a.Months),
            { Measure: AgreementMeasure.Rectification } when a.Until is not { } until || until < today =>
                Texts.Reject(RejectionCode.InvalidSanction, "Sanction_UntilRequired", today),
            _ => null,
        };
    }

    private static Rejection? Referrals(IReadOnlyList<Referral> referrals) =>
        referrals.Any(r => !Enum.IsDefined(r)) ? Texts.Reject(RejectionCode.InvalidSanction, "Sanction_UnknownReferral")
        : referrals.GroupBy(r => r).FirstOrDefault(g => g.Count() > 1) is { } twice ? Texts.Reject(RejectionCode.InvalidSanction, "Sanction_Repeated", twice.Key)
        : null;

    private static Rejection Fen(decimal amount) =>
        Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Fen", amount.ToString(CultureInfo.InvariantCulture));
}
