using System.Globalization;
using System.Text;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;

namespace SmartReview.Storage.Tests.Support;

/// <summary>A pack of one indicator rule (drug share above 40 %, from 4 stays) and batches of stays whose drug share is known.</summary>
internal static class IndicatorBatches
{
    public const string RuleId = "T-ZB-DRUG";

    public static CompiledPack Pack { get; } = Compile();

    /// <summary>
    /// <paramref name="count"/> stays at <paramref name="facility"/> (level 2) discharged in March 2024, each ¥100.00 with
    /// <paramref name="drug"/> of it a drug and ¥80.00 paid by the fund; ids from <paramref name="first"/>.
    /// </summary>
    public static byte[] Stays(string facility, int first, int count, decimal drug)
    {
        var lines = new StringBuilder();
        for (int i = first; i < first + count; i++)
        {
            string day = (1 + i % 25).ToString("D2", CultureInfo.InvariantCulture);
            string d = drug.ToString("0.00", CultureInfo.InvariantCulture), bed = (100m - drug).ToString("0.00", CultureInfo.InvariantCulture);
            lines.Append(CultureInfo.InvariantCulture,
                $$"""{"settlement_id":"{{facility}}-S{{i:D4}}","facility":{"id":"{{facility}}","name":"测试医院","level":2,"region":"330100"},"person":{"id":"P{{facility}}{{i:D4}}","sex":"F","birth_date":"1960-01-01"},"scheme":"employee","setting":"inpatient","admitted_at":"2024-03-{{day}}T08:00:00+08:00","discharged_at":"2024-03-{{day}}T18:00:00+08:00","department":"A03","doctor":"D0001","diagnoses":[{"code":"J18.900","name":"肺炎","main":true}],"operations":[],"totals":{"total":100.00,"fund_paid":80.00,"self_pay":20.00,"self_funded":0.00},"lines":[{"line_id":"1","code":"XA02BCA001B002010100001","name":"药品","category":"drug","quantity":1,"unit_price":{{d}},"amount":{{d}},"charged_at":"2024-03-{{day}}T09:00:00+08:00","department":"A03","doctor":"D0001","payment_class":"甲"},{"line_id":"2","code":"001101000010000","name":"床位费","category":"bed","quantity":1,"unit_price":{{bed}},"amount":{{bed}},"charged_at":"2024-03-{{day}}T09:00:00+08:00","department":"A03","doctor":"D0001","payment_class":"甲"}]}""")
                .Append('\n');
        }

        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    private static CompiledPack Compile()
    {
        const string json = $$"""
            {"pack":"indicator-test","version":"2026.1","region":"330100","description":"one indicator","knowledge":[],
             "rules":[{"id":"{{RuleId}}","code":"ZB10000205001000","name":{"zh-CN":"药费占比超标","en":"Drug share above its threshold"},
               "family":"facility_indicator","parameters":{"indicator":"drug_share","threshold":0.4,"min_stays":4},
               "result":"suspicious","severity":"low","effective":{"from":"2024-01-01","to":null},"enabled":true}]}
            """;
        var errors = new List<PackError>();
        RulePack pack = PackLoader.Read(json, Path.GetTempPath(), errors);
        Assert.Empty(errors);
        return PackCompiler.Compile(pack);
    }
}
