namespace SmartReview.Host.Web;

/// <summary>A horizontal bar chart drawn as SVG by <c>Pages/Shared/_BarChart.cshtml</c>: one bar a row, scaled to the largest.</summary>
internal sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 150;
    public const int RowHeight = 22;

    public decimal Max => Bars.Count == 0 ? 0m : Bars.Max(b => b.Value);

    public int Height => (Bars.Count * RowHeight) + 30;

    /// <summary>The bar's length in pixels, at least 1 for a value above 0.</summary>
    public int Length(Bar bar) => Max <= 0 ? 0 : (int)Math.Max(bar.Value > 0 ? 1 : 0, bar.Value / Max * (Width - LabelWidth - 110));

    /// <summary>One row: its label, its value and how the value is written.</summary>
    internal sealed record Bar(string Label, decimal Value, string Shown);
}
