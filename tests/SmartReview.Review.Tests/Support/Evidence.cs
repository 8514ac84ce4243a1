namespace SmartReview.Review.Tests.Support;

/// <summary>Evidence a facility attaches.</summary>
internal static class Evidence
{
    public static readonly EvidenceRef Letter = new("cases/F-0001/letter.pdf", "说明函.pdf", "application/pdf", 52_144);

    public static readonly EvidenceRef Scan = new("cases/F-0001/scan.png", "scan.png", "image/png", 1_024);
}
