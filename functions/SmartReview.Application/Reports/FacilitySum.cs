namespace SmartReview.Application.Reports;

/// <summary>One facility's running sums (<see cref="FacilityFigures"/> once read).</summary>
public sealed class FacilitySum
{
    public int Flags { get; set; }

    public int Appealed { get; set; }

    public int AppealsDecided { get; set; }

    public int Overturned { get; set; }

    public decimal AtStake { get; set; }

    public decimal ConfirmedAmount { get; set; }

    internal void Add(ReportCase rc, bool closed, decimal confirmedAmount)
    {
        Flags++;
        AtStake += rc.Case.Flag.AmountAtStake;
        Appealed += rc.Appealed ? 1 : 0;
        AppealsDecided += rc.Appealed && closed ? 1 : 0;
        Overturned += rc.Overturned ? 1 : 0;
        ConfirmedAmount += confirmedAmount;
    }

    internal void Add(FacilitySum o)
    {
        Flags += o.Flags;
        Appealed += o.Appealed;
        AppealsDecided += o.AppealsDecided;
        Overturned += o.Overturned;
        AtStake += o.AtStake;
        ConfirmedAmount += o.ConfirmedAmount;
    }

    internal FacilityFigures Figures(string facility, string? name) =>
        new(facility, Flags, AtStake, Appealed, DashboardFigures.Rate(Appealed, Flags), AppealsDecided, Overturned,
            DashboardFigures.Rate(Overturned, AppealsDecided), ConfirmedAmount, name);
}
