using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>Operations used by the surgical diagnoses, with their surgery fee items (0033…).</summary>
internal static class OperationTemplates
{
    public static readonly OperationTemplate Cholecystectomy = Op(1, "51.2300", "腹腔镜下胆囊切除术", 2200m, "laparoscopy");
    public static readonly OperationTemplate Appendectomy = Op(2, "47.0100", "腹腔镜下阑尾切除术", 1800m, "laparoscopy");
    public static readonly OperationTemplate Hernia = Op(3, "17.1100", "腹腔镜下单侧腹股沟直疝修补术伴移植物", 2000m, "laparoscopy|mesh");
    public static readonly OperationTemplate Stent = Op(4, "36.0700", "药物洗脱冠状动脉支架置入术", 3500m, "stent");
    public static readonly OperationTemplate Angioplasty = Op(5, "00.6600", "经皮冠状动脉腔内血管成形术", 2800m, "stent");
    public static readonly OperationTemplate Craniotomy = Op(6, "01.2400", "颅骨切开术", 4200m, "surgery");
    public static readonly OperationTemplate Turp = Op(7, "60.2900", "经尿道前列腺电切术", 2600m, "surgery");
    public static readonly OperationTemplate Nephrolithotomy = Op(8, "55.0400", "经皮肾镜碎石取石术", 3000m, "surgery");
    public static readonly OperationTemplate Lobectomy = Op(9, "32.4100", "胸腔镜下肺叶切除术", 5200m, "laparoscopy|stapler");
    public static readonly OperationTemplate Gastrectomy = Op(10, "43.7x00", "胃部分切除术伴空肠吻合术", 5600m, "stapler");
    public static readonly OperationTemplate Colectomy = Op(11, "45.7300", "右半结肠切除术", 5000m, "laparoscopy|stapler");
    public static readonly OperationTemplate Mastectomy = Op(12, "85.4300", "单侧扩大单纯乳房切除术", 3200m, "surgery");
    public static readonly OperationTemplate Caesarean = Op(13, "74.1x00", "子宫下段剖宫产术", 1600m, "surgery");
    public static readonly OperationTemplate Hysterectomy = Op(14, "68.4100", "腹腔镜下全子宫切除术", 3400m, "laparoscopy");
    public static readonly OperationTemplate Myomectomy = Op(15, "68.2900", "子宫病损切除术", 2400m, "surgery");
    public static readonly OperationTemplate HipReplacement = Op(16, "81.5100", "全髋关节置换术", 4800m, "hip");
    public static readonly OperationTemplate FemurFixation = Op(17, "79.3500", "股骨骨折切开复位内固定术", 3600m, "plate");
    public static readonly OperationTemplate KneeReplacement = Op(18, "81.5400", "全膝关节置换术", 4800m, "knee");
    public static readonly OperationTemplate Discectomy = Op(19, "80.5100", "椎间盘切除术", 3800m, "surgery");
    public static readonly OperationTemplate Phaco = Op(20, "13.4100", "白内障超声乳化抽吸术", 1500m, "lens");

    private static OperationTemplate Op(int n, string code, string name, decimal fee, string consumables) =>
        new(code, name, new ItemTemplate($"0033{n + 10:D2}00001{n:D4}", name, ItemCategory.Surgery, PaymentClass.A, fee, 1, 1, "operation"), consumables);
}
