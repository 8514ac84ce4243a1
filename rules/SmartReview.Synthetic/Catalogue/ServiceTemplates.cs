using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// Synthetic medical services (15 digits) laid out like the national catalogue: 0011 general (01 beds, 02 nursing,
/// 03 consultation), 0012 general treatment, 0021–0024 imaging and function tests, 0025–0027 laboratory and
/// pathology, 0031–0032 clinical treatment, 0033 surgery and anaesthesia.
/// </summary>
internal static class ServiceTemplates
{
    private const PaymentClass A = PaymentClass.A, B = PaymentClass.B;
    private const ItemCategory Bed = ItemCategory.Bed, Nursing = ItemCategory.Nursing, Service = ItemCategory.Service, Exam = ItemCategory.Exam,
        Lab = ItemCategory.Lab, Treatment = ItemCategory.Treatment, Surgery = ItemCategory.Surgery;

    /// <summary>The daily ward round (住院诊查费), billed every day of an inpatient stay.</summary>
    public static readonly ItemTemplate Rounds = new("001103000030000", "住院诊查费", Service, A, 20.00m, 1, 1, "daily");

    public static readonly ItemTemplate[] All =
    [
        Rounds,
        new("001101000020000", "双人间病房床位费", Bed, A, 55.00m, 1, 1, "general"),
        new("001101000030000", "三人间病房床位费", Bed, A, 40.00m, 1, 1, "general"),
        new("001101000070000", "单人间病房床位费", Bed, B, 90.00m, 1, 1, "general"),
        new("001101000060000", "重症监护病房床位费", Bed, A, 200.00m, 1, 1, "icu"),
        new("001102000020000", "二级护理", Nursing, A, 20.00m, 1, 1, "general"),
        new("001102000030000", "三级护理", Nursing, A, 12.00m, 1, 1, "general"),
        new("001102000070000", "特级护理", Nursing, A, 120.00m, 1, 1, "icu"),
        new("001103000040000", "院内会诊", Service, A, 50.00m, 1, 1, "general"),
        new("001201000020000", "静脉输液", Treatment, A, 12.00m, 1, 2, "general"),
        new("001201000030000", "静脉注射", Treatment, A, 5.00m, 1, 2, "general"),
        new("001202000020000", "氧气吸入", Treatment, A, 2.50m, 8, 24, "respiratory|cardio|icu"),
        new("001203000020000", "雾化吸入", Treatment, A, 8.00m, 1, 3, "respiratory|pediatric"),
        new("001204000020000", "心电监测", Treatment, A, 3.00m, 12, 24, "cardio|neuro|icu|surgery"),
        new("001205000020000", "血糖监测", Treatment, A, 6.00m, 2, 4, "endocrine"),
        new("003101000020000", "换药", Treatment, A, 25.00m, 1, 1, "surgery|ortho|gyn"),
        new("003102000020000", "导尿", Treatment, A, 30.00m, 1, 1, "surgery|urology|gyn|obstetric"),
        new("003103000020000", "血液透析", Treatment, A, 420.00m, 1, 1, "renal"),
        new("003104000020000", "运动疗法", Treatment, A, 60.00m, 1, 1, "ortho|neuro"),
        new("003105000020000", "普通针刺", Treatment, B, 30.00m, 1, 1, "neuro|ortho|herbal"),
        new("003106000020000", "吸痰护理", Treatment, A, 10.00m, 1, 3, "respiratory|icu"),
        new("003107000020000", "化疗药物配置", Treatment, B, 40.00m, 1, 2, "oncology"),
        new("003108000020000", "胎心监测", Treatment, A, 20.00m, 1, 2, "obstetric"),
        new("003109000020000", "阴道分娩", Treatment, A, 1200.00m, 1, 1, "obstetric"),
        new("002101000020000", "胸部X线摄影", Exam, A, 60.00m, 1, 1, "general|respiratory|pediatric"),
        new("002201000020000", "胸部CT平扫", Exam, A, 200.00m, 1, 1, "respiratory|oncology"),
        new("002201000030000", "腹部CT平扫", Exam, A, 220.00m, 1, 1, "surgery|gastro|urology|oncology"),
        new("002203000020000", "头颅磁共振平扫", Exam, A, 550.00m, 1, 1, "neuro"),
        new("002203000030000", "膝关节磁共振平扫", Exam, A, 550.00m, 1, 1, "ortho"),
        new("002301000020000", "腹部彩色多普勒超声", Exam, A, 120.00m, 1, 1, "general|surgery|gastro|gyn|obstetric"),
        new("002302000020000", "心脏彩色多普勒超声", Exam, A, 180.00m, 1, 1, "cardio|icu"),
        new("002303000020000", "颈部血管彩色多普勒超声", Exam, A, 130.00m, 1, 1, "neuro|cardio"),
        new("002304000020000", "泌尿系彩色多普勒超声", Exam, A, 110.00m, 1, 1, "urology|renal"),
        new("002401000020000", "常规心电图检查", Exam, A, 25.00m, 1, 1, "general"),
        new("002402000020000", "动态心电图", Exam, A, 150.00m, 1, 1, "cardio"),
        new("002403000020000", "肺功能检查", Exam, A, 120.00m, 1, 1, "respiratory"),
        new("002404000020000", "电子胃镜检查", Exam, A, 250.00m, 1, 1, "gastro"),
        new("002405000020000", "眼部A超", Exam, A, 40.00m, 1, 1, "eye"),
        new("002501000020000", "尿液分析", Lab, A, 18.00m, 1, 1, "general"),
        new("002501000030000", "粪便常规", Lab, A, 10.00m, 1, 1, "general|pediatric|gastro"),
        new("002502000020000", "凝血功能检查", Lab, A, 60.00m, 1, 1, "general|surgery"),
        new("002503000040000", "肝功能检查", Lab, A, 80.00m, 1, 1, "general"),
        new("002503000100000", "生化全套", Lab, A, 210.00m, 1, 1, "general"),
        new("002511000020000", "输血前检查", Lab, B, 160.00m, 1, 1, "surgery|obstetric"),
        new("002512000020000", "血型鉴定", Lab, A, 30.00m, 1, 1, "surgery|obstetric"),
        new("002503000050000", "肾功能检查", Lab, A, 45.00m, 1, 1, "general|renal"),
        new("002503000060000", "电解质测定", Lab, A, 30.00m, 1, 1, "general"),
        new("002503000070000", "血脂四项", Lab, A, 40.00m, 1, 1, "cardio|neuro|endocrine"),
        new("002503000080000", "血糖测定", Lab, A, 8.00m, 1, 1, "endocrine|general"),
        new("002503000090000", "C反应蛋白测定", Lab, A, 30.00m, 1, 1, "respiratory|pediatric|general"),
        new("002504000020000", "降钙素原测定", Lab, A, 120.00m, 1, 1, "respiratory|icu"),
        new("002505000020000", "心肌肌钙蛋白测定", Lab, A, 90.00m, 1, 1, "cardio"),
        new("002506000020000", "脑钠肽测定", Lab, A, 180.00m, 1, 1, "cardio"),
        new("002507000020000", "肿瘤标志物测定", Lab, B, 150.00m, 1, 1, "oncology"),
        new("002508000020000", "血培养", Lab, A, 90.00m, 1, 1, "icu|respiratory"),
        new("002509000020000", "糖化血红蛋白测定", Lab, A, 60.00m, 1, 1, "endocrine"),
        new("002510000020000", "呼吸道病原体核酸检测", Lab, B, 120.00m, 1, 1, "respiratory|pediatric"),
        new("002701000020000", "手术标本病理检查", Lab, A, 300.00m, 1, 1, "pathology"),
        new("003301000020000", "全身麻醉", Surgery, A, 900.00m, 1, 1, "surgery"),
        new("003301000030000", "椎管内麻醉", Surgery, A, 600.00m, 1, 1, "surgery"),
    ];
}
