using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>What booking planters work with: the random source, the facilities, the other rules and the background's spacing of one person's stays.</summary>
internal sealed class Booking(Random rng, FacilityDirectory facilities, PlanterSet planters, int spacingDays)
{
    public Random Rng { get; } = rng;

    public FacilityDirectory Facilities { get; } = facilities;

    public PlanterSet Planters { get; } = planters;

    /// <summary>Days the background keeps between one person's discharge and next admission.</summary>
    public int SpacingDays { get; } = spacingDays;
}
