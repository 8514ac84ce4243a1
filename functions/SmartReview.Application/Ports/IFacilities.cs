namespace SmartReview.Application.Ports;

/// <summary>
/// The facilities the bureau knows: those with cases (every batch that flags a facility's settlement registers it).
/// A case opened by hand must name one of them.
/// </summary>
public interface IFacilities
{
    Task<bool> KnownAsync(string facilityId, CancellationToken cancel);

    /// <summary>Every known facility id, in order (for a form's picker).</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancel);
}
