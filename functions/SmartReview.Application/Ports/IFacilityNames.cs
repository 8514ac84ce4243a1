namespace SmartReview.Application.Ports;

/// <summary>
/// Facilities' names as their flagged settlements give them (the latest one recorded wins), for pages and exports to
/// show beside the codes. A facility whose settlements never got a flag, or whose cases came another way, has none.
/// </summary>
public interface IFacilityNames
{
    /// <summary>Records each facility's name (id → name); ones already recorded with the same name are not written again.</summary>
    Task RecordAsync(IReadOnlyDictionary<string, string> names, CancellationToken cancel);

    /// <summary>Every recorded name, by facility id.</summary>
    Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancel);
}
