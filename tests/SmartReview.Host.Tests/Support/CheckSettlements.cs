using System.Text;

namespace SmartReview.Host.Tests.Support;

/// <summary>
/// Settlements for <c>POST /api/check</c> in the format of docs/settlement-format.md: one with a planted starter-pack
/// violation (apalutamide, a men-only drug, for a woman: SR-001) and one the starter pack has nothing against.
/// </summary>
internal static class CheckSettlements
{
    public static string Planted(string facility, string person = "P-CHECK-1", string id = "S-CHECK-PLANTED") => $$"""
        {"settlement_id":"{{id}}","facility":{"id":"{{facility}}","name":"测试医院","level":3,"region":"330100"},
         "person":{"id":"{{person}}","sex":"F","birth_date":"1958-04-12"},"scheme":"employee","setting":"inpatient",
         "admitted_at":"2024-03-01T08:30:00+08:00","discharged_at":"2024-03-08T10:00:00+08:00","department":"A03.06","doctor":"D0412",
         "diagnoses":[{"code":"J18.900","name":"肺炎","main":true}],
         "totals":{"total":97.00,"fund_paid":97.00,"self_pay":0,"self_funded":0},
         "lines":[
          {"line_id":"1","code":"XL02BBA326A001010102180","name":"阿帕他胺片","category":"drug","quantity":2,"unit_price":30.50,"amount":61.00,
           "charged_at":"2024-03-01T09:00:00+08:00","department":"A03.06","doctor":"D0412","payment_class":"乙"},
          {"line_id":"2","code":"001101000010000","name":"普通病房床位费","category":"bed","quantity":3,"unit_price":12.00,"amount":36.00,
           "charged_at":"2024-03-02T09:00:00+08:00","department":"A03.06","doctor":"D0412","payment_class":"甲"}]}
        """;

    public static string Clean(string facility, string person = "P-CHECK-2", string id = "S-CHECK-CLEAN", string admitted = "2024-03-01",
        string discharged = "2024-03-08") => $$"""
        {"settlement_id":"{{id}}","facility":{"id":"{{facility}}","name":"测试医院","level":3,"region":"330100"},
         "person":{"id":"{{person}}","sex":"M","birth_date":"1958-04-12"},"scheme":"employee","setting":"inpatient",
         "admitted_at":"{{admitted}}T08:30:00+08:00","discharged_at":"{{discharged}}T10:00:00+08:00","department":"A03.06","doctor":"D0412",
         "diagnoses":[{"code":"J18.900","name":"肺炎","main":true}],
         "totals":{"total":12.00,"fund_paid":12.00,"self_pay":0,"self_funded":0},
         "lines":[
          {"line_id":"2","code":"001101000010000","name":"普通病房床位费","category":"bed","quantity":1,"unit_price":12.00,"amount":12.00,
           "charged_at":"{{admitted}}T09:00:00+08:00","department":"A03.06","doctor":"D0412","payment_class":"甲"}]}
        """;

    public static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");
}
