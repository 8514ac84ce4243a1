namespace SmartReview.Application.Reports;

/// <summary>
/// One facility's cases: flags and their amount at stake; appealed (the facility filed an appeal, perhaps then a
/// contest) and the appeal rate over flags; of the appealed cases now closed (<see cref="AppealsDecided"/>), those
/// overturned (closed dismissed or for less than was appealed against) and the overturn rate over them; the confirmed
/// amount; the facility's name as its settlements give it (null until known).
/// </summary>
public sealed record FacilityFigures(string FacilityId, int Flags, decimal AmountAtStake, int Appealed, decimal? AppealRate, int AppealsDecided,
    int Overturned, decimal? OverturnRate, decimal ConfirmedAmount, string? Name = null);
