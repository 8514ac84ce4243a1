using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// The items stays bill: the synthetic catalogue plus every item code the pack's knowledge names (prefixes completed
/// to full codes), each with the rule entries that cover it. Draws by category and clinical group; knowledge items
/// take a small share of draws so that rules see their codes used legitimately.
/// </summary>
internal sealed class ItemCatalogue
{
    private readonly Dictionary<(ItemCategory, string), List<CatalogueItem>> _byGroup = [];
    private readonly List<CatalogueItem>[] _knowledge = NewPools();
    private readonly List<CatalogueItem>[] _free = NewPools();
    private readonly List<CatalogueItem> _expensive = [];
    private readonly Dictionary<CoverageHit, List<CatalogueItem>> _byHit = [];
    private readonly Dictionary<string, CatalogueItem> _byCode = new(StringComparer.Ordinal);
    private readonly List<CatalogueItem>?[] _general;
    private string? _lastGroup;
    private List<CatalogueItem>?[] _lastPools = [];

    public ItemCatalogue(CompiledPack pack, IReadOnlyList<CoveragePattern> patterns)
    {
        var index = new CoverageIndex(patterns);
        Dictionary<string, string> names = Names(pack);
        foreach (ItemTemplate t in Templates())
        {
            Add(t, index, fromKnowledge: false);
        }

        foreach (CoveragePattern p in patterns)
        {
            string? code = p.IsPrefix ? CodeShapes.Complete(p.Key) : p.Pattern;
            if (code is not null && !_byCode.ContainsKey(code) && CodeShapes.Category(code) is ItemCategory category)
            {
                Add(new ItemTemplate(code, NameOf(pack, p, code, names), category, DefaultClass(category), CodeShapes.DefaultPrice(category), 1,
                    category == ItemCategory.HerbalPiece ? 10 : 2, Synthetic.Catalogue.Groups.General), index, fromKnowledge: true);
            }
        }

        _general = [.. Enum.GetValues<ItemCategory>().Select(c => _byGroup.GetValueOrDefault((c, Synthetic.Catalogue.Groups.General)))];
    }

    public int KnowledgeItemCount => _knowledge.Sum(p => p.Count);

    public CatalogueItem? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Items covered by one entry of one rule in one role.</summary>
    public IReadOnlyList<CatalogueItem> ItemsFor(CoverageHit hit) => _byHit.TryGetValue(hit, out List<CatalogueItem>? items) ? items : [];

    /// <summary>A synthetic item of <paramref name="category"/> used by <paramref name="group"/>, or a general one.</summary>
    public CatalogueItem? Draw(ItemCategory category, string group, Random rng)
    {
        if (!ReferenceEquals(group, _lastGroup))
        {
            _lastGroup = group;
            _lastPools = [.. Enum.GetValues<ItemCategory>().Select(c => _byGroup.GetValueOrDefault((c, group)))];
        }

        List<CatalogueItem>? own = _lastPools[(int)category];
        List<CatalogueItem>? general = _general[(int)category];
        if (own is not null && (general is null || rng.Next(5) < 3))
        {
            return own[rng.Next(own.Count)];
        }

        return general?[rng.Next(general.Count)] ?? own?[rng.Next(own.Count)];
    }

    /// <summary>A knowledge item of <paramref name="category"/>, or null when the pack names none.</summary>
    public CatalogueItem? DrawKnowledge(ItemCategory category, Random rng)
    {
        List<CatalogueItem> pool = _knowledge[(int)category];
        return pool.Count == 0 ? null : pool[rng.Next(pool.Count)];
    }

    /// <summary>An item no rule reads, of <paramref name="category"/> (null when every such item is covered).</summary>
    public CatalogueItem? DrawFree(ItemCategory category, Random rng)
    {
        List<CatalogueItem> pool = _free[(int)category];
        return pool.Count == 0 ? null : pool[rng.Next(pool.Count)];
    }

    /// <summary>An expensive item no rule reads (implants, biologics), for large claims.</summary>
    public CatalogueItem? DrawExpensive(Random rng) => _expensive.Count == 0 ? null : _expensive[rng.Next(_expensive.Count)];

    /// <summary>Items of a consumable group (e.g. "stent"), any coverage.</summary>
    public IReadOnlyList<CatalogueItem> Group(ItemCategory category, string group) =>
        _byGroup.TryGetValue((category, group), out List<CatalogueItem>? items) ? items : [];

    private static IEnumerable<ItemTemplate> Templates() =>
        DrugTemplates.All.Concat(ServiceTemplates.All).Concat(SupplyTemplates.All)
            .Concat(DiagnosisTemplates.Main.SelectMany(d => d.Operations).Select(o => o.Fee).DistinctBy(f => f.Code));

    private static List<CatalogueItem>[] NewPools() => [.. Enumerable.Range(0, Enum.GetValues<ItemCategory>().Length).Select(_ => new List<CatalogueItem>())];

    private void Add(ItemTemplate template, CoverageIndex index, bool fromKnowledge)
    {
        if (index.Ambiguous(template.Code) || _byCode.ContainsKey(template.Code))
        {
            return;
        }

        var item = new CatalogueItem(template, index.Hits(template.Code), fromKnowledge);
        _byCode[item.Code] = item;
        foreach (CoverageHit hit in item.Hits.Distinct())
        {
            if (!_byHit.TryGetValue(hit, out List<CatalogueItem>? list))
            {
                _byHit[hit] = list = [];
            }

            list.Add(item);
        }

        if (fromKnowledge)
        {
            _knowledge[(int)item.Category].Add(item);
            return;
        }

        foreach (string group in item.Groups.Split('|'))
        {
            if (!_byGroup.TryGetValue((item.Category, group), out List<CatalogueItem>? list))
            {
                _byGroup[(item.Category, group)] = list = [];
            }

            list.Add(item);
        }

        if (item.Free)
        {
            _free[(int)item.Category].Add(item);
            if (item.Groups.Contains(Synthetic.Catalogue.Groups.Expensive, StringComparison.Ordinal))
            {
                _expensive.Add(item);
            }
        }
    }

    private static PaymentClass DefaultClass(ItemCategory category) =>
        category is ItemCategory.Drug or ItemCategory.Consumable ? PaymentClass.B : PaymentClass.A;

    private static string NameOf(CompiledPack pack, CoveragePattern p, string code, Dictionary<string, string> names)
    {
        KnowledgeEntry entry = pack.Rules[p.Hit.Rule].Entries[p.Hit.Entry];
        return p.Hit.Role == 0 ? entry.ItemName : names.GetValueOrDefault(code) ?? entry.ItemName + "（含项目）";
    }

    private static Dictionary<string, string> Names(CompiledPack pack)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CompiledRule rule in pack.Rules)
        {
            foreach (KnowledgeEntry entry in rule.Entries)
            {
                foreach (string code in entry.Codes)
                {
                    names.TryAdd(code, entry.ItemName);
                }
            }
        }

        return names;
    }
}
