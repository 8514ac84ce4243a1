using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// non_payable_combination: herbal pieces not payable alone — on a day when every payable (甲/乙) herbal-piece line is
/// of the list, those lines are flagged, one flag per day. The background bills a listed piece only beside an
/// unlisted payable one; a plant bills a listed piece on a day with no other payable piece.
/// </summary>
internal sealed class NonPayableCombinationPlanter : RulePlanter
{
    private const int Attempts = 16;
    private readonly CodePatterns _listed;
    private readonly List<CatalogueItem> _pieces = [];

    public NonPayableCombinationPlanter(CompiledRule rule) : base(rule) => _listed = new CodePatterns(rule.Entries.SelectMany(e => e.Codes));

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _pieces.Count > 0;

    public override void Bind(PlantingContext context)
    {
        for (int i = 0; i < Rule.Entries.Count; i++)
        {
            _pieces.AddRange(context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Where(Observed));
        }
    }

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        if (!Observed(line.Item))
        {
            return true;
        }

        foreach (DraftLine other in d.Lines)
        {
            if (other.Day == line.Day && Observed(other.Item) && !_listed.Matches(other.Item.Code))
            {
                return true;
            }
        }

        return false;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int day = c.Lines.RandomDay(d);
            if (d.Lines.Any(l => l.Day == day && Observed(l.Item) && !_listed.Matches(l.Item.Code)))
            {
                continue;
            }

            DraftLine line = c.Lines.Create(d, c.Rng.Pick(_pieces), day);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                return true;
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        var days = new Dictionary<int, List<int>>();
        for (int i = 0; i < d.Lines.Count; i++)
        {
            if (Observed(d.Lines[i].Item))
            {
                if (!days.TryGetValue(d.Lines[i].Day, out List<int>? lines))
                {
                    days[d.Lines[i].Day] = lines = [];
                }

                lines.Add(i);
            }
        }

        foreach (List<int> lines in days.Values)
        {
            if (lines.TrueForAll(i => _listed.Matches(d.Lines[i].Item.Code)))
            {
                into.Add(new ExpectedFlag(Index, -1, lines, null));
            }
        }
    }

    /// <summary>The rule looks at payable herbal-piece lines only.</summary>
    private static bool Observed(CatalogueItem item) => item.Category == ItemCategory.HerbalPiece && item.Class != PaymentClass.C;
}
