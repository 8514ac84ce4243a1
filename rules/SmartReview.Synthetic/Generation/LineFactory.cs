using SmartReview.Kernel;
using SmartReview.Synthetic.Catalogue;

namespace SmartReview.Synthetic.Generation;

/// <summary>Makes lines: the facility's price, the item's usual quantity, a charge time on a given day within the stay.</summary>
internal sealed class LineFactory(Random rng)
{
    private const int DayMinutes = 24 * 60;

    public DraftLine Create(StayDraft d, CatalogueItem item, int day, decimal? quantity = null)
    {
        DraftLine line = d.NewLine(item);
        line.Set(quantity ?? rng.Next(item.MinQuantity, item.MaxQuantity + 1), d.Facility.PriceOf(item));
        line.ChargeAt(TimeOn(d, day));
        return line;
    }

    /// <summary>A day of the stay, admission and discharge days included.</summary>
    public int RandomDay(StayDraft d) => d.AdmissionDay + rng.Next(d.DischargeDay - d.AdmissionDay + 1);

    /// <summary>A time on <paramref name="day"/>: daytime, but never before admission nor after discharge.</summary>
    public DateTime TimeOn(StayDraft d, int day)
    {
        DateTime start = ChinaTime.StartUtc(day);
        DateTime low = day == d.AdmissionDay ? d.AdmittedAt : start.AddMinutes(7 * 60);
        DateTime high = day == d.DischargeDay ? d.DischargedAt : start.AddMinutes(DayMinutes - 30);
        if (day != d.DischargeDay && high - low > TimeSpan.FromHours(14))
        {
            high = low.AddHours(14);
        }

        return high <= low ? low : low.AddSeconds(rng.Next((int)(high - low).TotalSeconds + 1));
    }

    /// <summary>A daytime on a day outside the stay (for charges that should not be there).</summary>
    public DateTime TimeOutside(int day) => ChinaTime.AtUtc(day, 8 * 60 + rng.Next(12 * 60));
}
