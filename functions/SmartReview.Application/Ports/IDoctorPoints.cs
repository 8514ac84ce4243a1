using SmartReview.Review.Points;

namespace SmartReview.Application.Ports;

/// <summary>
/// The doctor-points register (一医一档): every points entry of every case, one record per person across facilities.
/// The case store writes entries with the events that cause them; this reads them back and finishes what a crash left.
/// </summary>
public interface IDoctorPoints
{
    /// <summary>Every entry of one person, all years and facilities.</summary>
    Task<IReadOnlyList<PointsEntry>> PersonAsync(string personId, CancellationToken cancel);

    /// <summary>Every entry counted in <paramref name="year"/>, all people.</summary>
    Task<IReadOnlyList<PointsEntry>> YearAsync(int year, CancellationToken cancel);

    /// <summary>Copies into the register the entries cases hold that it lacks (after a crash between a commit and its copy); returns how many.</summary>
    Task<int> RepairAsync(CancellationToken cancel);
}
