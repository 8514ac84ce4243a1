using SmartReview.Kernel;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// Full diagnosis (ICD-10 医保版) and operation (ICD-9-CM-3 医保版) codes for the code patterns knowledge names, for the
/// coding families to plant: a code the catalogue's templates use when one fits, else a known code of the prefix, else
/// the prefix completed to the code's shape under the entry's name.
/// </summary>
internal static class ClinicalCodes
{
    private static readonly (string Code, string Name)[] Diagnoses =
    [
        .. DiagnosisTemplates.Main.Select(t => (t.Code, t.Name)), .. DiagnosisTemplates.Comorbidities.Select(c => (c.Diagnosis.Code, c.Diagnosis.Name)),
        ("P07.300", "早产儿"), ("N70.900", "输卵管炎和卵巢炎"), ("E10.900", "1型糖尿病不伴有并发症"), ("J12.900", "病毒性肺炎"),
        ("R54.x00", "老年性虚弱"), ("M81.000", "绝经后骨质疏松"), ("N95.100", "绝经期和女性更年期状态"),
    ];

    private static readonly (string Code, string Name)[] Operations =
    [
        .. DiagnosisTemplates.Main.SelectMany(t => t.Operations).Select(o => (o.Code, o.Name)).Distinct(),
        ("65.2900", "卵巢局部切除术"), ("36.0600", "非药物洗脱冠状动脉支架置入术"), ("06.2x00", "单侧甲状腺叶切除术"), ("74.0x00", "古典式剖宫产术"),
    ];

    /// <summary>Operations the coding plants and guards choose from: the templates' own, then a few more of common prefixes.</summary>
    public static IReadOnlyList<(string Code, string Name)> KnownOperations => Operations;

    /// <summary>A diagnosis code <paramref name="pattern"/> (a code or a prefix with trailing *) covers, or null.</summary>
    public static (string Code, string Name)? Diagnosis(string pattern, string fallbackName) =>
        Find(Diagnoses, pattern) ?? Completed(pattern, fallbackName, 3, 3, CodeFormats.IsDiagnosis);

    /// <summary>An operation code <paramref name="pattern"/> covers, or null.</summary>
    public static (string Code, string Name)? Operation(string pattern, string fallbackName) =>
        Find(Operations, pattern) ?? Completed(pattern, fallbackName, 2, 4, CodeFormats.IsOperation);

    /// <summary>An operation performed in the stay: the day after admission (the admission day for short stays), in the daytime.</summary>
    public static Operation Perform(StayDraft d, Random rng, string code, string name, bool main)
    {
        int day = d.LengthOfStay >= 2 && d.DischargeDay > d.AdmissionDay ? d.AdmissionDay + 1 : d.AdmissionDay;
        DateTime at = ChinaTime.AtUtc(day, 9 * 60 + rng.Next(7 * 60));
        DateTime low = d.AdmittedAt.AddMinutes(30), high = d.DischargedAt.AddMinutes(-30);
        at = at > high ? high : at;
        return new Operation(code, name, at < low ? low : at, main);
    }

    private static (string Code, string Name)? Find((string Code, string Name)[] known, string pattern)
    {
        bool prefix = pattern.EndsWith('*');
        string key = prefix ? pattern[..^1] : pattern;
        foreach ((string code, string name) in known)
        {
            if (prefix ? code.StartsWith(key, StringComparison.Ordinal) : code == key)
            {
                return (code, name);
            }
        }

        return null;
    }

    /// <summary>The prefix padded to a whole code: the category (<paramref name="head"/> characters), a dot and <paramref name="tail"/> characters.</summary>
    private static (string Code, string Name)? Completed(string pattern, string name, int head, int tail, Func<string, bool> valid)
    {
        if (!pattern.EndsWith('*'))
        {
            return valid(pattern) ? (pattern, name) : null;
        }

        string key = pattern[..^1];
        int dot = key.IndexOf('.');
        string code = dot < 0
            ? key.PadRight(head, '0') + "." + new string('0', tail)
            : key[..(dot + 1)] + key[(dot + 1)..].PadRight(tail, '0');
        return valid(code) && code.StartsWith(key, StringComparison.Ordinal) ? (code, name) : null;
    }
}
