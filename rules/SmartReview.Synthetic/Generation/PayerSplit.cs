using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Splits a total between the fund, 自付 (deductible by facility level, 10% of class-乙 items, co-insurance by scheme
/// and level) and 自费 (class-丙 items). The three parts always add up to the total exactly.
/// </summary>
internal static class PayerSplit
{
    private static readonly decimal[] Deductible = [300m, 600m, 800m];
    private static readonly decimal[] EmployeeRate = [0.05m, 0.08m, 0.10m];
    private static readonly decimal[] ResidentRate = [0.15m, 0.25m, 0.35m];

    public static Totals Of(StayDraft d)
    {
        decimal selfFunded = 0, classB = 0;
        foreach (DraftLine line in d.Lines)
        {
            if (line.Item.Class == PaymentClass.C) { selfFunded += line.Amount; }
            else if (line.Item.Class == PaymentClass.B) { classB += line.Amount; }
        }

        decimal inScope = d.Total - selfFunded;
        int level = d.Facility.Level - 1;
        (decimal deductible, decimal rate) = d.Scheme switch
        {
            Scheme.Employee => (Deductible[level], EmployeeRate[level]),
            Scheme.Resident => (Deductible[level], ResidentRate[level]),
            _ => (0m, 0m),
        };
        decimal preSelf = Money.Round(classB * 0.10m);
        decimal selfPay = Math.Min(inScope, Math.Min(inScope, deductible) + preSelf + Money.Round(Math.Max(0, inScope - deductible - preSelf) * rate));
        return new Totals(d.Total, inScope - selfPay, selfPay, selfFunded);
    }
}
