namespace SmartReview.Application.Reports;

/// <summary>The dashboard's <c>months</c> parameter: <c>discharge</c> (the default when absent) or <c>settlement</c>.</summary>
public static class DashboardMonths
{
    /// <summary>The basis named by <paramref name="value"/>; null when it names neither.</summary>
    public static MonthBasis? TryParse(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "discharge" => MonthBasis.Discharge,
        "settlement" => MonthBasis.Settlement,
        _ => null,
    };

    /// <summary>The parameter's value for <paramref name="basis"/>.</summary>
    public static string Of(MonthBasis basis) => basis == MonthBasis.Discharge ? "discharge" : "settlement";
}
