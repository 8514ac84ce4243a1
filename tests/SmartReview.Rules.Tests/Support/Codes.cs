namespace SmartReview.Rules.Tests.Support;

/// <summary>Well-formed national codes used across tests.</summary>
internal static class Codes
{
    /// <summary>阿帕他胺片 (male only), variety XL02BBA326.</summary>
    public const string Apalutamide = "XL02BBA326A001010102180";
    public const string ApalutamideOtherPack = "XL02BBA326A001010178537";

    /// <summary>A drug of another variety.</summary>
    public const string Metformin = "XA10BAE001A001010100001";

    public const string ChildSyrup = "ZA04CAE0023010100166";
    public const string BedDay = "001101000010000";
    public const string BloodGas = "002503000010000";
    public const string Potassium = "002503000020000";
    public const string Sodium = "002503000030000";
    public const string Exam = "002202000010000";
    public const string Lab = "002501000010000";
    public const string Stent = "C01010101010101010101010101";
}
