using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// The region's facilities: about half level 1 (community centres, township hospitals), a third level 2 (district
/// hospitals), a sixth level 3 (city hospitals) — but level 3 takes the largest share of stays (about 55%), level 1
/// the smallest (about 13%). Prices rise with the level.
/// </summary>
internal sealed class FacilityDirectory
{
    private static readonly string[] Districts =
        ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"];

    private static readonly string[] Towns =
    [
        "湖滨", "清波", "小营", "望江", "南星", "紫阳", "朝晖", "文晖", "北山", "西溪", "翠苑", "古荡", "蒋村", "转塘", "城厢", "北干",
        "新塘", "闲林", "五常", "仓前", "良渚", "瓶窑", "东湖", "南苑", "下沙", "白杨", "银湖", "富春", "锦城", "分水", "千岛湖", "新安江",
    ];

    private static readonly double[] LevelShare = [0.13, 0.32, 0.55];
    private static readonly double[] LevelPrice = [0.85, 0.93, 1.0];

    private readonly SyntheticFacility[] _all;
    private readonly double[] _cumulative;

    public FacilityDirectory(int count, string region, Random rng)
    {
        int level3 = Math.Max(1, (int)Math.Round(count * 0.17));
        int level1 = Math.Max(1, (int)Math.Round(count * 0.5));
        int level2 = Math.Max(1, count - level1 - level3);
        level1 = count - level2 - level3;
        int[] perLevel = [level1, level2, level3];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<SyntheticFacility>(count);
        for (int i = 0; i < count; i++)
        {
            int level = i < level3 ? 3 : i < level3 + level2 ? 2 : 1;
            string name = Unique(names, NameFor(level, i, rng));
            double weight = LevelShare[level - 1] / perLevel[level - 1] * rng.Between(0.5, 1.5);
            decimal price = decimal.Round((decimal)(LevelPrice[level - 1] * rng.Between(0.97, 1.03)), 4);
            all.Add(new SyntheticFacility(new Facility($"H{region}{i + 1:D5}", name, level, region), i + 1, weight, price));
        }

        _all = [.. all];
        _cumulative = new double[_all.Length];
        double sum = 0;
        for (int i = 0; i < _all.Length; i++)
        {
            sum += _all[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public IReadOnlyList<SyntheticFacility> All => _all;

    /// <summary>A facility by share of stays, with a level in [<paramref name="minLevel"/>, <paramref name="maxLevel"/>] and in <paramref name="levels"/> when given.</summary>
    public SyntheticFacility? Pick(Random rng, int minLevel, int maxLevel, IReadOnlyList<int>? levels)
    {
        for (int attempt = 0; attempt < 40; attempt++)
        {
            double x = rng.NextDouble() * _cumulative[^1];
            int i = Array.BinarySearch(_cumulative, x);
            SyntheticFacility f = _all[Math.Min(i < 0 ? ~i : i, _all.Length - 1)];
            if (Fits(f, minLevel, maxLevel, levels))
            {
                return f;
            }
        }

        SyntheticFacility[] fitting = [.. _all.Where(f => Fits(f, minLevel, maxLevel, levels))];
        return fitting.Length == 0 ? null : fitting[rng.Next(fitting.Length)];
    }

    private static bool Fits(SyntheticFacility f, int minLevel, int maxLevel, IReadOnlyList<int>? levels) =>
        f.Level >= minLevel && f.Level <= maxLevel && (levels is null || levels.Contains(f.Level));

    private static string NameFor(int level, int i, Random rng)
    {
        string district = Districts[rng.Next(Districts.Length)];
        return level switch
        {
            3 => i % 3 == 0 ? $"杭州市第{Numerals(i / 3 + 1)}人民医院" : i % 3 == 1 ? $"杭州市{district}中心医院" : $"杭州市{district}中西医结合医院",
            2 => rng.Next(3) switch { 0 => $"{district}人民医院", 1 => $"{district}中医院", _ => $"{district}第二人民医院" },
            _ => rng.Next(2) == 0 ? $"{district}{Towns[rng.Next(Towns.Length)]}街道社区卫生服务中心" : $"{district}{Towns[rng.Next(Towns.Length)]}镇卫生院",
        };
    }

    private static string Unique(HashSet<string> names, string name)
    {
        string candidate = name;
        for (int n = 2; !names.Add(candidate); n++)
        {
            candidate = $"{name}（{n}院区）";
        }

        return candidate;
    }

    private static string Numerals(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n switch
        {
            < 10 => digits[n],
            10 => "十",
            < 20 => "十" + digits[n % 10],
            < 100 => digits[n / 10] + "十" + digits[n % 10],
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
