namespace SmartReview.Rules.Indicators;

/// <summary>A compiled rule that judges a facility's month of figures instead of single settlements.</summary>
public interface IIndicatorRule
{
    /// <summary>The flag when the facility's indicator is above its threshold in that month, else null.</summary>
    FacilityFlag? Judge(string facility, string month, MonthFigures figures, string packLabel);
}
