namespace SmartReview.Rules.Indicators;

/// <summary>A compiled rule that judges a facility's month of figures instead of single settlements.</summary>
public interface IIndicatorRule
{
    /// <summary>The flag when the facility's indicator is above its threshold in that month, else null.</summary>
    FacilityFlag? Judge(string facility, string month, MonthFigures figures, string packLabel);

    /// <summary>
    /// The facility's indicator in that month against its threshold, above it or not (<see cref="FacilityFlag.Above"/>),
    /// or null when the month is not judged (too few stays, no threshold for the level, no money, rule disabled).
    /// </summary>
    FacilityFlag? Read(string facility, string month, MonthFigures figures, string packLabel);
}
