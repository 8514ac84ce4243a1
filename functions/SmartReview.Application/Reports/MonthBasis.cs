namespace SmartReview.Application.Reports;

/// <summary>
/// Which month a flag counts in on the dashboard: the China month its stay was discharged (the default), or the month of
/// the batch that brought its settlement (the files carry no settlement date: the batch's receipt month stands for it).
/// </summary>
public enum MonthBasis
{
    Discharge,
    Settlement,
}
