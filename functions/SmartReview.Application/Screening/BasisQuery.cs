using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Screening;

/// <summary>The screening basis an API caller chose with <c>?asOf=yyyy-MM-dd</c> or <c>?basis=current|discharge-date</c>.</summary>
public static class BasisQuery
{
    /// <summary>Reads the choice; "current" is fixed to today's China date. On a bad choice, <paramref name="badParameter"/> is "asOf" or "basis".</summary>
    public static bool TryRead(string? basis, string? asOf, TimeProvider clock, out ScreeningBasis chosen, out string? badParameter) =>
        ScreeningBasis.TryChoose(basis, asOf, ChinaTime.Date(clock.GetUtcNow().UtcDateTime), out chosen, out badParameter);

    /// <summary>What a bad <paramref name="parameter"/> should have been, for the 400 answer.</summary>
    public static string Expected(string parameter) => parameter == "asOf"
        ? "asOf must be a date, yyyy-MM-dd"
        : "basis must be discharge-date or current (or as-of, with asOf)";
}
