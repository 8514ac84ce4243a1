using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>Synthetic consumables (C + 26) and herbal pieces (T + 9 digits).</summary>
internal static class SupplyTemplates
{
    private const PaymentClass A = PaymentClass.A, B = PaymentClass.B, C = PaymentClass.C;

    public static readonly ItemTemplate[] All =
    [
        Supply(1, "一次性使用输液器", 3.50m, 1, 2, A, "general"),
        Supply(2, "一次性使用静脉留置针", 15.00m, 1, 1, A, "general"),
        Supply(3, "一次性使用无菌注射器", 0.60m, 1, 4, A, "general"),
        Supply(4, "一次性使用吸氧管", 4.00m, 1, 1, A, "respiratory|cardio|icu"),
        Supply(5, "一次性使用雾化器", 12.00m, 1, 1, A, "respiratory|pediatric"),
        Supply(6, "一次性使用导尿包", 25.00m, 1, 1, B, "surgery|urology|gyn|obstetric"),
        Supply(7, "中心静脉导管套件", 380.00m, 1, 1, B, "icu|oncology"),
        Supply(8, "一次性使用负压引流器", 45.00m, 1, 1, B, "surgery|ortho"),
        Supply(9, "可吸收缝合线", 120.00m, 1, 3, B, "surgery|gyn|obstetric|ortho"),
        Supply(10, "一次性使用腹腔镜穿刺器", 680.00m, 1, 1, B, "laparoscopy"),
        Supply(11, "腔镜直线切割吻合器", 2800.00m, 1, 1, B, "stapler"),
        Supply(12, "腔镜吻合器钉仓", 1500.00m, 1, 2, B, "stapler"),
        Supply(13, "药物洗脱冠状动脉支架", 780.00m, 1, 2, B, "stent"),
        Supply(14, "冠状动脉球囊扩张导管", 420.00m, 1, 2, B, "stent"),
        Supply(15, "人工髋关节假体", 7200.00m, 1, 1, B, "hip"),
        Supply(16, "人工膝关节假体", 5000.00m, 1, 1, B, "knee"),
        Supply(17, "骨科内固定钢板", 2800.00m, 1, 1, B, "plate"),
        Supply(18, "人工晶状体", 800.00m, 1, 1, B, "lens"),
        Supply(19, "疝修补补片", 1200.00m, 1, 1, B, "mesh"),
        Supply(20, "可吸收止血纱布", 250.00m, 1, 2, C, "surgery|gyn"),
        Supply(21, "一次性使用血液透析器", 180.00m, 1, 1, B, "renal"),
        Supply(22, "医用敷料", 8.00m, 1, 4, A, "surgery|ortho|gyn"),
        Supply(23, "体外循环膜式氧合器", 9800.00m, 1, 1, B, "expensive"),
        Supply(24, "主动脉覆膜支架系统", 18000.00m, 1, 1, B, "expensive"),
        Supply(25, "脊柱椎间融合器", 6500.00m, 1, 2, B, "expensive"),
        Herb(1, "黄芪", 0.12m, 15, 30, A),
        Herb(2, "当归", 0.35m, 10, 15, A),
        Herb(3, "党参", 0.40m, 10, 20, A),
        Herb(4, "茯苓", 0.12m, 10, 20, A),
        Herb(5, "甘草", 0.10m, 3, 9, A),
        Herb(6, "白术", 0.25m, 10, 15, A),
        Herb(7, "川芎", 0.20m, 6, 12, A),
        Herb(8, "丹参", 0.15m, 10, 20, A),
        Herb(9, "西洋参", 2.60m, 3, 6, C),
    ];

    private static ItemTemplate Supply(int n, string name, decimal price, int min, int max, PaymentClass cls, string groups) =>
        new($"C{n % 17 + 1:D2}{n:D4}3301000000000000{n:D3}0", name, ItemCategory.Consumable, cls, price, min, max, groups);

    private static ItemTemplate Herb(int n, string name, decimal price, int min, int max, PaymentClass cls) =>
        new($"T00{n * 7919 % 10_000_000:D7}", name, ItemCategory.HerbalPiece, cls, price, min, max, Groups.Herbal);
}
