namespace SmartReview.Cli;

/// <summary>What the process returns (documented in README.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Rejected = 3;
    public const int InputMissing = 4;
    public const int PackInvalid = 5;
}
