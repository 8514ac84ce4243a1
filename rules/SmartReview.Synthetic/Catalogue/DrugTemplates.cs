using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// Synthetic western drugs (X + 22) and Chinese patent medicines (Z + 19) with real generic names and plausible
/// prices. Codes follow the national layout (class, generic, dosage form, specification, maker) with an S in the
/// generic position, so they never collide with real knowledge codes.
/// </summary>
internal static class DrugTemplates
{
    private const PaymentClass A = PaymentClass.A, B = PaymentClass.B, C = PaymentClass.C;

    public static readonly ItemTemplate[] All =
    [
        X("B05BB", 1, "B002", "氯化钠注射液", 3.50m, 1, 4, A, "general"),
        X("B05BA", 2, "B002", "葡萄糖注射液", 4.20m, 1, 2, A, "general"),
        X("B05XA", 3, "B002", "氯化钾注射液", 2.80m, 1, 2, A, "general"),
        X("A02BC", 4, "B001", "注射用奥美拉唑钠", 26.00m, 1, 2, B, "general|surgery|gastro"),
        X("A02BC", 5, "B001", "注射用泮托拉唑钠", 30.00m, 1, 2, B, "general|surgery|oncology"),
        X("A11GA", 6, "B002", "维生素C注射液", 1.50m, 1, 2, A, "general"),
        X("H02AB", 7, "B002", "地塞米松磷酸钠注射液", 0.90m, 1, 1, A, "general|respiratory"),
        X("C03CA", 8, "B002", "呋塞米注射液", 1.20m, 1, 2, A, "general|cardio|renal"),
        X("J01DC", 9, "B001", "注射用头孢呋辛钠", 28.00m, 2, 3, A, "respiratory|surgery|pediatric"),
        X("J01DD", 10, "B001", "注射用头孢曲松钠", 18.00m, 1, 2, A, "respiratory|urology|pediatric"),
        X("J01MA", 11, "B002", "左氧氟沙星氯化钠注射液", 32.00m, 1, 1, A, "respiratory|urology"),
        X("J01CR", 12, "B001", "注射用哌拉西林钠他唑巴坦钠", 68.00m, 2, 3, B, "respiratory|icu"),
        X("R05CB", 13, "B002", "盐酸氨溴索注射液", 18.00m, 1, 2, B, "respiratory|pediatric|icu"),
        X("R03BA", 14, "L001", "吸入用布地奈德混悬液", 14.00m, 2, 4, B, "respiratory|pediatric"),
        X("R03DA", 15, "B002", "多索茶碱注射液", 28.00m, 1, 1, B, "respiratory"),
        X("R03BB", 16, "L001", "吸入用异丙托溴铵溶液", 4.50m, 2, 3, B, "respiratory"),
        X("B01AC", 17, "A001", "阿司匹林肠溶片", 0.15m, 7, 14, A, "cardio|neuro"),
        X("B01AC", 18, "A001", "硫酸氢氯吡格雷片", 2.80m, 7, 7, A, "cardio|neuro"),
        X("C10AA", 19, "A001", "阿托伐他汀钙片", 0.80m, 7, 14, A, "cardio|neuro|endocrine"),
        X("B01AB", 20, "B002", "低分子量肝素钙注射液", 30.00m, 1, 2, B, "cardio|ortho|icu"),
        X("C01DA", 21, "B002", "单硝酸异山梨酯注射液", 26.00m, 1, 1, B, "cardio"),
        X("C08CA", 22, "A010", "硝苯地平控释片", 1.20m, 7, 7, A, "cardio|renal"),
        X("C01DX", 23, "B001", "注射用重组人脑利钠肽", 560.00m, 1, 1, B, "cardio"),
        X("N07XX", 24, "B002", "依达拉奉注射液", 55.00m, 2, 2, B, "neuro"),
        X("N07XX", 25, "B002", "丁苯酞氯化钠注射液", 120.00m, 2, 2, B, "neuro"),
        X("B05BC", 26, "B002", "甘露醇注射液", 9.00m, 1, 3, A, "neuro"),
        X("J01DB", 27, "B001", "注射用头孢唑林钠", 9.00m, 2, 3, A, "surgery|ortho|obstetric|eye"),
        X("M01AH", 28, "B001", "注射用帕瑞昔布钠", 48.00m, 1, 2, B, "surgery|ortho"),
        X("B02AA", 29, "B002", "氨甲环酸注射液", 4.00m, 1, 2, A, "surgery|ortho|obstetric"),
        X("B05BA", 30, "B002", "复方氨基酸注射液(18AA)", 42.00m, 1, 1, B, "surgery|oncology|gastro"),
        X("B05BA", 31, "B002", "中/长链脂肪乳注射液(C8-24)", 98.00m, 1, 1, B, "surgery|oncology|icu"),
        X("A10AB", 32, "B002", "门冬胰岛素注射液", 62.00m, 1, 1, B, "endocrine"),
        X("A10AE", 33, "B002", "甘精胰岛素注射液", 150.00m, 1, 1, B, "endocrine"),
        X("A10BA", 34, "A001", "盐酸二甲双胍片", 0.20m, 14, 28, A, "endocrine"),
        X("A10BF", 35, "A001", "阿卡波糖片", 1.60m, 14, 28, A, "endocrine"),
        X("A16AX", 36, "B002", "硫辛酸注射液", 30.00m, 1, 1, B, "endocrine"),
        X("L01XA", 37, "B002", "奥沙利铂注射液", 380.00m, 1, 1, B, "oncology"),
        X("L01BC", 38, "B001", "注射用盐酸吉西他滨", 260.00m, 1, 2, B, "oncology"),
        X("A04AA", 39, "B002", "盐酸昂丹司琼注射液", 9.00m, 1, 2, A, "oncology"),
        X("L01BA", 40, "B001", "注射用培美曲塞二钠", 680.00m, 1, 1, B, "oncology"),
        X("H01BB", 41, "B002", "缩宫素注射液", 2.50m, 1, 2, A, "obstetric"),
        X("M01AE", 42, "L002", "布洛芬混悬液", 12.00m, 1, 1, A, "pediatric"),
        X("J01CR", 43, "B001", "注射用阿莫西林克拉维酸钾", 9.50m, 2, 2, A, "pediatric|respiratory"),
        X("A07BC", 44, "A007", "蒙脱石散", 1.20m, 3, 6, A, "pediatric|gastro"),
        X("M01AH", 45, "A012", "塞来昔布胶囊", 3.00m, 7, 14, B, "ortho"),
        X("B01AB", 46, "B002", "依诺肝素钠注射液", 25.00m, 1, 1, B, "ortho|icu"),
        X("G04CA", 47, "A012", "盐酸坦索罗辛缓释胶囊", 2.20m, 7, 7, B, "urology"),
        X("A02BC", 48, "B001", "注射用艾司奥美拉唑钠", 42.00m, 1, 2, B, "gastro"),
        X("H01CB", 49, "B001", "注射用生长抑素", 210.00m, 1, 2, B, "gastro"),
        X("V03AB", 50, "B001", "注射用还原型谷胱甘肽", 48.00m, 1, 1, B, "gastro|oncology"),
        X("B03XA", 51, "B002", "重组人促红素注射液", 60.00m, 1, 1, B, "renal"),
        X("B03AC", 52, "B002", "蔗糖铁注射液", 50.00m, 1, 1, B, "renal"),
        X("S01CA", 53, "M001", "妥布霉素地塞米松滴眼液", 28.00m, 1, 1, B, "eye"),
        X("S01AE", 54, "M001", "左氧氟沙星滴眼液", 12.00m, 1, 1, A, "eye"),
        X("J01DH", 55, "B001", "注射用美罗培南", 160.00m, 2, 3, B, "icu|expensive"),
        X("B05AA", 56, "B002", "人血白蛋白", 380.00m, 2, 6, B, "icu|expensive"),
        X("J06BA", 57, "B002", "静注人免疫球蛋白(pH4)", 650.00m, 2, 6, B, "expensive"),
        X("J01AA", 58, "B001", "注射用替加环素", 450.00m, 2, 4, B, "expensive"),
        X("L03AA", 59, "B002", "聚乙二醇化重组人粒细胞刺激因子注射液", 1500.00m, 1, 1, B, "expensive"),
        X("L01CD", 60, "B001", "注射用紫杉醇(白蛋白结合型)", 1100.00m, 1, 2, B, "expensive"),
        X("B01AD", 61, "B001", "注射用阿替普酶", 3200.00m, 1, 1, B, "expensive"),
        X("A06AD", 62, "L002", "乳果糖口服溶液", 25.00m, 1, 1, C, "general|gastro"),
        X("A11CA", 63, "A001", "维生素AD软胶囊", 0.50m, 7, 14, C, "pediatric"),
        X("L03AX", 64, "B001", "注射用胸腺法新", 150.00m, 1, 1, B, "oncology|icu|respiratory"),
        X("A02BC", 65, "B001", "注射用兰索拉唑", 25.00m, 1, 2, B, "general|gastro|surgery"),
        X("J01DD", 66, "B001", "注射用头孢哌酮钠舒巴坦钠", 40.00m, 2, 3, B, "respiratory|surgery|urology|icu"),
        X("C05CX", 67, "B001", "注射用七叶皂苷钠", 30.00m, 1, 2, B, "ortho|neuro"),
        X("C01EA", 68, "B002", "前列地尔注射液", 60.00m, 1, 1, B, "cardio|endocrine|renal"),
        X("N06BX", 69, "B001", "注射用奥拉西坦", 60.00m, 1, 2, B, "neuro"),
        X("B01AC", 70, "B001", "注射用替罗非班", 220.00m, 1, 1, B, "cardio"),
        X("N02BB", 71, "B002", "氟比洛芬酯注射液", 35.00m, 1, 2, B, "surgery|ortho|gyn"),
        X("A16AA", 72, "B002", "复方甘草酸苷注射液", 28.00m, 1, 2, B, "gastro|general"),
        X("B05XA", 73, "B002", "门冬氨酸钾镁注射液", 12.00m, 1, 2, A, "cardio|general"),
        X("H02AB", 74, "B001", "注射用甲泼尼龙琥珀酸钠", 45.00m, 1, 2, A, "respiratory|renal|pediatric"),
        X("L01BC", 75, "B001", "注射用氟尿嘧啶", 35.00m, 1, 2, B, "oncology"),
        X("L01XA", 76, "B002", "顺铂注射液", 60.00m, 1, 2, A, "oncology"),
        Z("A12BA", 1, "注射用血塞通(冻干)", 30.00m, 1, 2, B, "neuro|cardio"),
        Z("A04AB", 2, "痰热清注射液", 45.00m, 1, 1, B, "respiratory"),
        Z("A12BB", 3, "丹红注射液", 38.00m, 1, 1, B, "cardio|neuro"),
        Z("A04AC", 4, "连花清瘟胶囊", 0.90m, 12, 24, A, "respiratory"),
        Z("A12BC", 5, "复方丹参滴丸", 0.30m, 30, 30, A, "cardio"),
        Z("A04CB", 6, "小儿肺热咳喘颗粒", 3.20m, 3, 6, B, "pediatric"),
        Z("A12BD", 7, "醒脑静注射液", 35.00m, 1, 2, B, "neuro"),
        Z("A04AD", 8, "喜炎平注射液", 42.00m, 1, 2, B, "respiratory|pediatric"),
    ];

    private static ItemTemplate X(string atc, int generic, string form, string name, decimal price, int min, int max, PaymentClass cls, string groups) =>
        new($"X{atc}S{generic:D3}{form}01010{generic:D4}", name, ItemCategory.Drug, cls, price, min, max, groups);

    private static ItemTemplate Z(string cls5, int generic, string name, decimal price, int min, int max, PaymentClass cls, string groups) =>
        new($"Z{cls5}S{generic:D4}0101{generic:D5}", name, ItemCategory.Drug, cls, price, min, max, groups);
}
