using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SmartReview.Host.Web;

/// <summary>An indicator's value or threshold as people read it: yuan for costs, days for the length of stay, else a percentage.</summary>
internal static class IndicatorDisplay
{
    public static string Value(string indicator, decimal value, IStringLocalizer t) => indicator switch
    {
        "average_cost" or "cost_per_bed_day" => Display.Money(value),
        "average_length_of_stay" => t["Indicator.Days", value.ToString("0.0", CultureInfo.InvariantCulture)],
        _ => Display.Percent(value),
    };
}
