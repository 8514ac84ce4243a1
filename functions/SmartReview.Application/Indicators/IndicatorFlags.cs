using System.Globalization;
using SmartReview.Review;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;

namespace SmartReview.Application.Indicators;

/// <summary>What an indicator case opens from, or is re-judged with: one rule's reading of one facility-month as a flag.</summary>
public static class IndicatorFlags
{
    /// <summary>
    /// The flag of <paramref name="reading"/>: no settlement, the month's last day as its discharge date, the money above
    /// the threshold at stake. A reviewer can confirm at most that money, or, for an indicator that stakes none by itself
    /// (rates, length of stay), the month's total while it is above the threshold; the fund's share is the month's
    /// <c>fund_paid / total</c> of the amount.
    /// </summary>
    public static FlagSummary Summary(FacilityFlag reading, MonthFigures figures)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(figures);
        decimal ceiling = reading.StakesMoney ? reading.Amount : reading.Above ? figures.Total : 0m;
        decimal fund = figures.Total == 0 ? 0m : decimal.Round(reading.Amount * figures.FundPaid / figures.Total, 2, MidpointRounding.AwayFromZero);
        DateOnly first = DateOnly.ParseExact(reading.Month, "yyyy-MM", CultureInfo.InvariantCulture);
        return new FlagSummary(reading.Id, "", reading.FacilityId, "", reading.RuleId, reading.Pack, reading.Result == ResultType.Definite,
            reading.Amount, [], reading.Message.ZhCn, reading.Message.En, null, null, first.AddMonths(1).AddDays(-1), Ceiling: ceiling,
            FundAmount: fund, Origin: CaseOrigin.Indicator,
            Indicator: new IndicatorReading(reading.Indicator, reading.Month, reading.Value, reading.Threshold, reading.Stays, reading.Above));
    }
}
