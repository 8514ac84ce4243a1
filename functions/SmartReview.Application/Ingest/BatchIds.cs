using System.Security.Cryptography;
using System.Text;
using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// A batch's id: "B" + 24 hex of the content's SHA-256 (on another basis than the default, of the SHA-256 of that and
/// the basis), so the same file is one batch, and the same file screened as of a date a batch of its own.
/// </summary>
public static class BatchIds
{
    public static string Of(string sha256, ScreeningBasis basis) => "B" + (basis == ScreeningBasis.DischargeDate
        ? sha256
        : Hex($"{sha256}|{basis}"))[..24];

    /// <summary>The id of an upload that could not be read to its end: never that of a whole file with the same start.</summary>
    public static string OfCorrupt(string sha256Read, ScreeningBasis basis) => Of(Hex($"{sha256Read}|corrupt"), basis);

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
