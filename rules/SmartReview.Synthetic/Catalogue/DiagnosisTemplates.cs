using SmartReview.Rules.Settlements;
using static SmartReview.Synthetic.Catalogue.OperationTemplates;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>Main diagnoses of the synthetic year (real ICD-10 医保版 codes and names) and the usual comorbidities.</summary>
internal static class DiagnosisTemplates
{
    private const Sex M = Sex.Male, F = Sex.Female;

    public static readonly DiagnosisTemplate[] Main =
    [
        new("J18.900", "肺炎", "呼吸内科", Groups.Respiratory, 8, null, 15, 99, 1.0, 0, [], "ES35"),
        new("J44.100", "慢性阻塞性肺病伴有急性加重", "呼吸内科", Groups.Respiratory, 5, null, 50, 99, 1.2, 0, [], "ET23"),
        new("J20.900", "急性支气管炎", "呼吸内科", Groups.Respiratory, 3, null, 15, 99, 0.8, 0, [], "ES33"),
        new("J45.900", "哮喘", "呼吸内科", Groups.Respiratory, 2, null, 15, 99, 0.9, 0, [], "ET25"),
        new("J18.000", "支气管肺炎", "儿科", Groups.Pediatric, 4, null, 0, 14, 0.8, 0, [], "ES35"),
        new("J06.900", "急性上呼吸道感染", "儿科", Groups.Pediatric, 2, null, 0, 14, 0.6, 0, [], "DT15"),
        new("A08.400", "病毒性肠炎", "儿科", Groups.Pediatric, 2, null, 0, 14, 0.6, 0, [], "GS13"),
        new("I63.900", "脑梗死", "神经内科", Groups.Neuro, 8, null, 45, 99, 1.4, 0, [], "BR23"),
        new("I61.900", "脑内出血", "神经外科", Groups.Neuro, 2, null, 45, 99, 2.0, 0.2, [Craniotomy], "BB11"),
        new("G45.900", "短暂性脑缺血发作", "神经内科", Groups.Neuro, 2, null, 45, 99, 0.7, 0, [], "BL19"),
        new("S06.000", "脑震荡", "神经外科", Groups.Neuro, 1, null, 15, 99, 0.6, 0, [], "BZ13"),
        new("I10.x00", "原发性高血压", "心血管内科", Groups.Cardio, 2, null, 35, 99, 0.8, 0, [], "FT25"),
        new("I20.000", "不稳定性心绞痛", "心血管内科", Groups.Cardio, 6, null, 40, 99, 1.0, 0.4, [Stent, Angioplasty], "FM19"),
        new("I21.900", "急性心肌梗死", "心血管内科", Groups.Cardio, 2, null, 40, 99, 1.3, 0.6, [Stent], "FM19"),
        new("I50.900", "心力衰竭", "心血管内科", Groups.Cardio, 3, null, 50, 99, 1.3, 0, [], "FR23"),
        new("E11.900", "2型糖尿病不伴有并发症", "内分泌科", Groups.Endocrine, 4, null, 30, 99, 1.1, 0, [], "KS15"),
        new("E11.200", "2型糖尿病伴有肾的并发症", "内分泌科", Groups.Endocrine, 1, null, 40, 99, 1.2, 0, [], "KS13"),
        new("K80.100", "胆囊结石伴有其他胆囊炎", "肝胆外科", Groups.Surgery, 4, null, 25, 90, 0.9, 0.8, [Cholecystectomy], "HC25"),
        new("K35.800", "急性阑尾炎", "普外科", Groups.Surgery, 3, null, 6, 80, 0.8, 0.9, [Appendectomy], "GD25"),
        new("K40.900", "单侧或未特指的腹股沟疝", "普外科", Groups.Surgery, 2, null, 18, 90, 0.6, 0.95, [Hernia], "GE15"),
        new("K29.700", "胃炎", "消化内科", Groups.Gastro, 2, null, 15, 99, 0.7, 0, [], "GU15"),
        new("K92.200", "胃肠道出血", "消化内科", Groups.Gastro, 2, null, 30, 99, 1.0, 0, [], "GS15"),
        new("K85.900", "急性胰腺炎", "消化内科", Groups.Gastro, 2, null, 18, 95, 1.3, 0, [], "HS23"),
        new("K74.600", "肝硬化", "消化内科", Groups.Gastro, 1, null, 35, 90, 1.3, 0, [], "HS13"),
        new("N18.500", "慢性肾脏病5期", "肾内科", Groups.Renal, 2, null, 30, 99, 1.1, 0, [], "LL15"),
        new("N39.000", "泌尿道感染", "肾内科", Groups.Renal, 2, null, 15, 99, 0.8, 0, [], "LU15"),
        new("N40.x00", "前列腺增生", "泌尿外科", Groups.Urology, 3, M, 50, 99, 1.0, 0.7, [Turp], "MA19"),
        new("N20.000", "肾结石", "泌尿外科", Groups.Urology, 2, null, 20, 85, 0.8, 0.7, [Nephrolithotomy], "LA29"),
        new("C34.900", "支气管或肺恶性肿瘤", "胸外科", Groups.Oncology, 3, null, 40, 95, 1.3, 0.3, [Lobectomy], "ER15"),
        new("C16.900", "胃恶性肿瘤", "胃肠外科", Groups.Oncology, 2, null, 40, 95, 1.3, 0.3, [Gastrectomy], "GR15"),
        new("C18.900", "结肠恶性肿瘤", "胃肠外科", Groups.Oncology, 2, null, 40, 95, 1.4, 0.4, [Colectomy], "GR15"),
        new("C50.900", "乳房恶性肿瘤", "乳腺外科", Groups.Oncology, 2, F, 30, 90, 1.0, 0.4, [Mastectomy], "JR15"),
        new("Z51.100", "为肿瘤化学治疗疗程", "肿瘤科", Groups.Oncology, 5, null, 30, 90, 0.5, 0, [], "RE15"),
        new("O80.000", "单胎顺产", "产科", Groups.Obstetric, 3, F, 20, 42, 0.5, 0, [], "OC15"),
        new("O82.000", "经选择性剖宫产术的分娩", "产科", Groups.Obstetric, 2, F, 20, 44, 0.8, 1.0, [Caesarean], "OB15"),
        new("D25.900", "子宫平滑肌瘤", "妇科", Groups.Surgery, 2, F, 30, 60, 1.0, 0.8, [Hysterectomy, Myomectomy], "NA15"),
        new("S72.000", "股骨颈骨折", "骨科", Groups.Ortho, 3, null, 55, 99, 1.6, 0.8, [HipReplacement, FemurFixation], "IB15"),
        new("M17.900", "膝关节病", "骨科", Groups.Ortho, 2, null, 50, 90, 1.2, 0.7, [KneeReplacement], "IC25"),
        new("M51.200", "腰椎间盘移位", "骨科", Groups.Ortho, 2, null, 25, 85, 1.0, 0.4, [Discectomy], "IB35"),
        new("H25.900", "老年性白内障", "眼科", Groups.Eye, 3, null, 55, 99, 0.3, 1.0, [Phaco], "CB39"),
        new("A41.900", "败血症", "重症医学科", Groups.Icu, 1, null, 15, 99, 1.8, 0, [], "SR15"),
    ];

    /// <summary>Common secondary diagnoses, with the youngest age they appear at and how often.</summary>
    public static readonly (DiagnosisTemplate Diagnosis, double Chance)[] Comorbidities =
    [
        (Co("I10.x00", "原发性高血压", 40), 0.30),
        (Co("E11.900", "2型糖尿病不伴有并发症", 40), 0.14),
        (Co("E78.500", "高脂血症", 35), 0.10),
        (Co("I25.100", "动脉粥样硬化性心脏病", 55), 0.10),
        (Co("K76.000", "脂肪肝", 30), 0.05),
        (Co("J44.900", "慢性阻塞性肺病", 60), 0.05),
        (Co("D64.900", "贫血", 15), 0.05),
        (Co("E87.600", "低钾血症", 15), 0.03),
    ];

    /// <summary>
    /// Secondary diagnoses that come up only with a planted violation (a drug or service given despite them), with
    /// who can have them.
    /// </summary>
    public static readonly DiagnosisTemplate[] Conditions =
    [
        Co("I44.200", "三度房室传导阻滞", 40), Co("K25.400", "慢性或未特指的胃溃疡伴有出血", 18), Co("E87.200", "酸中毒", 18),
        Co("G40.900", "癫痫", 5), Co("G70.000", "重症肌无力", 18), Co("G47.300", "睡眠呼吸暂停", 30), Co("D68.900", "凝血缺陷", 5),
        Co("A15.000", "肺结核", 15), Co("J93.900", "气胸", 15), Co("J43.900", "肺气肿", 50), Co("Z95.000", "心脏起搏器状态", 50),
        Co("M80.900", "骨质疏松伴有病理性骨折", 55), Co("D69.600", "血小板减少", 5),
        new("Z33.x00", "妊娠状态", "", Groups.General, 0, Sex.Female, 20, 42, 1, 0, [], ""),
        new("P59.900", "新生儿黄疸", "", Groups.General, 0, null, 0, 0, 1, 0, [], ""), Co("Z85.000", "消化器官恶性肿瘤个人史", 30),
        Co("B37.900", "念珠菌病", 5),
    ];

    /// <summary>The most diagnoses a stay is given (the main one and its secondaries).</summary>
    public const int MostDiagnoses = 6;

    /// <summary>
    /// Every diagnosis a plant may add as a secondary one to make an item payable: the comorbidities, the conditions
    /// and the main diagnoses (a stroke, a cancer…), each with who can have it.
    /// </summary>
    public static readonly DiagnosisTemplate[] Secondary =
        [.. Comorbidities.Select(c => c.Diagnosis), .. Conditions, .. Main.Where(m => !m.Code.StartsWith('Z') && !m.Code.StartsWith('O'))];

    private static DiagnosisTemplate Co(string code, string name, int minAge) =>
        new(code, name, "", Groups.General, 0, null, minAge, 150, 1, 0, [], "");
}
