using SmartReview.Knowledge.Tests.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Knowledge.Tests.Packs;

/// <summary>
/// The held-back batch imported into a copy of the national pack: a lawful settlement that charges one item of a
/// duplicate-charge pair is not flagged, whatever the pair's restriction wording; one that charges both is. The same
/// holds for pairs whose sides are unknown (text-only, suspicious) and for a pair under a rule the table lacks.
/// </summary>
public sealed class HeldBackPairScoringTests
{
    private static readonly Lazy<CompiledPack> Pack = new(() =>
    {
        string path = NationalPackCopy.Create();
        NationalPackCopy.Import(path, "held-back-1.jsonl");
        return PackCompiler.Load(path);
    });

    private static DateTime At(int hour) => SettlementBuilder.China("2025-06-02 00:00").AddHours(hour);

    private static Settlement Charging(params string[] codes)
    {
        SettlementBuilder b = new SettlementBuilder().Stay("2025-06-01 09:00", "2025-06-05 10:00");
        for (int i = 0; i < codes.Length; i++)
        {
            b.WithLine($"{i + 1}", codes[i], chargedAt: At(9 + i));
        }

        return b.Build();
    }

    public static TheoryData<string, string, string, string> Pairs => new()
    {
        { "含监护、床位、诊查、护理", "001103000010000", "001101000010000", "NAT-GZ10000102012000" },
        { "已包含在手术费中，不得另收", "003306000010000", "003306000020000", "NAT-GZ10000102012000" },
        { "不得另收", "002101000030000", "002101000010000", "NAT-GZ10000102012000" },
        { "护理费已计入该项目", "001104000010000", "001105000010000", "NAT-GZ10000102012000" },
        { "该项目已含一次性耗材", "003301000020000", "C01010100101001000010000000", "NAT-2025-SERVICE-CONSUMABLE-DUPLICATE" },
        { "合用可致QT间期延长", "XJ01FAA001A001010100001", "XC01BDA002A001010100001", "NAT-GZ10000301011000" },
        { "sides unknown: 与其他监护项目不可兼收", "003101000100000", "003101000120000", "NAT-GZ10000102012000-T" },
        { "unknown rule: 含采样", "002201000010000", "002201000020000", "NAT-UNMAPPED-RULE-P" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Score_OneItemOfAPair_IsNotFlagged(string wording, string a, string b, string ruleId)
    {
        IReadOnlyList<Flag> flags = [.. Pack.Value.CreateScorer().Score(Charging(a)), .. Pack.Value.CreateScorer().Score(Charging(b, b))];

        Assert.True(flags.Count == 0, $"{wording} ({ruleId}): one item flagged by {string.Join(", ", flags.Select(f => f.RuleId))}");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Score_BothItemsOfAPair_AreFlaggedUnderThePairRule(string wording, string a, string b, string ruleId)
    {
        IReadOnlyList<Flag> flags = Pack.Value.CreateScorer().Score(Charging(a, b));

        Flag flag = Assert.Single(flags);
        Assert.True(flag.RuleId == ruleId, $"{wording}: flagged by {flag.RuleId}, expected {ruleId}");
    }

    [Fact]
    public void Score_PairWhoseSidesAreUnknown_GoesToAReviewerAsSuspicious()
    {
        Flag flag = Assert.Single(Pack.Value.CreateScorer().Score(Charging("003101000100000", "003101000110000")));

        Assert.Equal(("text_restricted_pair", ResultType.Suspicious), (flag.Family, flag.Result));
    }
}
