using SmartReview.Knowledge.Tests.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Knowledge.Tests.Packs;

/// <summary>
/// End to end: family-batch-1 imported into a copy of the national pack, the pack compiled, and a settlement that
/// breaks each new rule flagged under that rule's id, while a lawful control of the same items is not flagged.
/// </summary>
public sealed class NewRuleScoringTests
{
    private static readonly Lazy<CompiledPack> Pack = new(() =>
    {
        string path = NationalPackCopy.Create();
        NationalPackCopy.Import(path, "family-batch-1.jsonl");
        return PackCompiler.Load(path);
    });

    private static SettlementBuilder Stay() => new SettlementBuilder().Stay("2025-06-01 09:00", "2025-06-05 10:00");

    private static DateTime Day(int n, int hour = 10) => SettlementBuilder.China("2025-06-01 09:00").AddDays(n).AddHours(hour - 9);

    private static SettlementBuilder Lines(SettlementBuilder b, string code, int count, Func<int, DateTime> at, decimal price = 10m)
    {
        for (int i = 0; i < count; i++)
        {
            b.WithLine($"{code}-{i}", code, unitPrice: price, chargedAt: at(i));
        }

        return b;
    }

    private static SettlementBuilder LongStay(int days) => Lines(
        new SettlementBuilder().Stay("2025-01-10 09:00", "2025-06-30 10:00"), "003401000010000", days,
        i => SettlementBuilder.China("2025-01-10 10:00").AddDays(i));

    public static TheoryData<string, string> Rules =>
    [
        ("NAT-GZ10000102012000", "pair"), ("NAT-GZ10000102014000", "frequency"), ("NAT-2025-SERVICE-PERIOD-FREQUENCY", "period"),
        ("NAT-GZ10000102010000", "course"), ("NAT-2025-SERVICE-AGE", "age"), ("NAT-GZ10000303003000", "consumable quantity"),
        ("NAT-GZ10000103003000", "consumable amount"), ("NAT-2025-CONSUMABLE-SEX", "consumable sex"),
        ("NAT-2025-SERVICE-CONSUMABLE-DUPLICATE", "service and consumable"),
    ];

    private static (Settlement Breach, Settlement Lawful) Case(string kind) => kind switch
    {
        "pair" => (Stay().WithLine("1", "002501010150000", chargedAt: Day(1)).WithLine("2", "002504030050000", chargedAt: Day(1, 14)).Build(),
            Stay().WithLine("1", "002501010150000", chargedAt: Day(1)).WithLine("2", "002504030050000", chargedAt: Day(2)).Build()),
        "frequency" => (Lines(Stay(), "003110000060000", 3, i => Day(1, 10 + i)).Build(), Lines(Stay(), "003110000060000", 2, i => Day(1, 10 + i)).Build()),
        "period" => (Lines(Stay(), "003107010220000", 4, i => Day(i)).Build(), Lines(Stay(), "003107010220000", 3, i => Day(i)).Build()),
        "course" => (LongStay(91).Build(), LongStay(90).Build()),
        "age" => (Stay().BornOn(new DateOnly(1950, 3, 1)).WithLine("1", "003402000090000", chargedAt: Day(1)).Build(),
            Stay().WithLine("1", "003402000090000", chargedAt: Day(1)).Build()),
        "consumable quantity" => (Lines(Stay(), "C02020200200000000010000000", 3, i => Day(i)).Build(), Lines(Stay(), "C02020200200000000010000000", 2, i => Day(i)).Build()),
        "consumable amount" => (Stay().WithLine("1", "C03030300300000000010000000", unitPrice: 16000m, chargedAt: Day(1)).Build(),
            Stay().WithLine("1", "C03030300300000000010000000", unitPrice: 15000m, chargedAt: Day(1)).Build()),
        "consumable sex" => (Stay().WithLine("1", "C04040400400000000010000000", chargedAt: Day(1)).Build(),
            Stay().WithSex(Sex.Female).WithLine("1", "C04040400400000000010000000", chargedAt: Day(1)).Build()),
        "service and consumable" => (Stay().WithLine("1", "003301000010000", chargedAt: Day(1)).WithLine("2", "C01010100101001000010000000", chargedAt: Day(1, 11)).Build(),
            Stay().WithLine("1", "003301000010000", chargedAt: Day(1)).Build()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Score_SettlementBreakingANewRule_IsFlaggedUnderItsId(string ruleId, string kind)
    {
        Settlement breach = Case(kind).Breach;

        IReadOnlyList<Flag> flags = Pack.Value.CreateScorer().Score(breach);

        Flag flag = Assert.Single(flags, f => f.RuleId == ruleId);
        Assert.Equal(Pack.Value.Label, flag.Pack);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Score_LawfulControl_IsNotFlagged(string ruleId, string kind)
    {
        Settlement lawful = Case(kind).Lawful;

        IReadOnlyList<Flag> flags = Pack.Value.CreateScorer().Score(lawful);

        Assert.True(flags.Count == 0, $"{ruleId} control flagged by {string.Join(", ", flags.Select(f => f.RuleId))}");
    }

    [Fact]
    public void Score_ItemOfATextOnlySet_GoesToAReviewerAsSuspicious()
    {
        Settlement settlement = Stay().WithLine("1", "003107010010000", chargedAt: Day(1)).Build();

        Flag flag = Assert.Single(Pack.Value.CreateScorer().Score(settlement));

        Assert.Equal(("NAT-2025-SERVICE-PERIOD-FREQUENCY-T", ResultType.Suspicious), (flag.RuleId, flag.Result));
    }
}
