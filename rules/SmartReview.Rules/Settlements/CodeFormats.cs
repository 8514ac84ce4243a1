using System.Buffers;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// National code formats: western drugs X + 22 (23 characters), Chinese patent medicines Z + 19 (20), herbal pieces
/// T + 9 digits (10), medical services 15 digits, consumables C + 26 (27); diagnoses ICD-10 医保版, operations
/// ICD-9-CM-3 医保版.
/// </summary>
public static class CodeFormats
{
    private static readonly SearchValues<char> Alphanumeric = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static bool IsItemCode(ItemCategory category, ReadOnlySpan<char> code) => category switch
    {
        ItemCategory.Drug => IsDrug(code),
        ItemCategory.HerbalPiece => IsHerbalPiece(code),
        ItemCategory.Consumable => IsConsumable(code),
        ItemCategory.Other => IsDrug(code) || IsHerbalPiece(code) || IsConsumable(code) || IsService(code),
        _ => IsService(code),
    };

    public static string Describe(ItemCategory category) => category switch
    {
        ItemCategory.Drug => "a drug code (X + 22 or Z + 19 letters and digits)",
        ItemCategory.HerbalPiece => "a herbal piece code (T + 9 digits)",
        ItemCategory.Consumable => "a consumable code (C + 26 letters and digits)",
        ItemCategory.Other => "a national item code",
        _ => "a service code (15 digits)",
    };

    public static bool IsDrug(ReadOnlySpan<char> code) =>
        (code.Length == 23 && code[0] == 'X' || code.Length == 20 && code[0] == 'Z') && AllAlphanumeric(code);

    public static bool IsHerbalPiece(ReadOnlySpan<char> code) => code.Length == 10 && code[0] == 'T' && AllDigits(code[1..]);

    public static bool IsConsumable(ReadOnlySpan<char> code) => code.Length == 27 && code[0] == 'C' && AllAlphanumeric(code);

    public static bool IsService(ReadOnlySpan<char> code) => code.Length == 15 && AllDigits(code);

    /// <summary>ICD-10 医保版: a letter, two digits, then optionally a dot and up to 8 letters or digits (K80.000x004, I10.x05).</summary>
    public static bool IsDiagnosis(string code) =>
        code.Length >= 3 && code.Length <= 12 && IsUpper(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2])
        && (code.Length == 3 || code[3] == '.' && code.Length > 4 && AllAlphanumeric(code.AsSpan(4)));

    /// <summary>ICD-9-CM-3 医保版: two digits, then optionally a dot and up to 6 letters or digits (51.2300, 00.6600x001).</summary>
    public static bool IsOperation(string code) =>
        code.Length >= 2 && code.Length <= 14 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1])
        && (code.Length == 2 || code[2] == '.' && code.Length > 3 && AllAlphanumeric(code.AsSpan(3)));

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static bool AllAlphanumeric(ReadOnlySpan<char> s) => !s.ContainsAnyExcept(Alphanumeric);
}
