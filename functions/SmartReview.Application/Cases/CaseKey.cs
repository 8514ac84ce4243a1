namespace SmartReview.Application.Cases;

/// <summary>
/// Finds a case in storage: its facility (the partition) and its id (the flag id). Written "facility.case" in URLs
/// and messages; flag ids hold no dot.
/// </summary>
public readonly record struct CaseKey(string FacilityId, string CaseId)
{
    public override string ToString() => $"{FacilityId}.{CaseId}";

    public static bool TryParse(string? text, out CaseKey key)
    {
        int dot = text?.LastIndexOf('.') ?? -1;
        key = dot > 0 && dot < text!.Length - 1 ? new CaseKey(text[..dot], text[(dot + 1)..]) : default;
        return dot > 0 && dot < text!.Length - 1;
    }
}
