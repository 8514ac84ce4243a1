using System.Globalization;

namespace SmartReview.Benchmarks.Compile;

/// <summary>Distinct item codes in the national formats: western drugs X + 22, patent medicines Z + 19, services 15 digits.</summary>
internal sealed class CodeSource(Random random)
{
    private const string Letters = "ABCDEFGHJKLMNPRSTV";
    private long _next = 1;

    public string For(string family) => family switch
    {
        "quantity_limit" or "exclusive_pair" or "unit_price_cap" => Service(),
        _ => random.Next(3) == 0 ? PatentMedicine() : WesternDrug(),
    };

    public string Service() => "00" + (1_000_000_000_000 + _next++).ToString(CultureInfo.InvariantCulture);

    private string WesternDrug() => $"X{Atc()}{random.Next(1000):D3}B{_next++:D12}";

    private string PatentMedicine() => $"Z{Atc()}{_next++:D13}";

    private string Atc() => $"{Letter()}{random.Next(100):D2}{Letter()}{Letter()}{Letter()}";

    private char Letter() => Letters[random.Next(Letters.Length)];
}
