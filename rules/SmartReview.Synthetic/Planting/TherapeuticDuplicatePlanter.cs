using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// therapeutic_duplicate: two different drugs of one class (an entry, its codes the class's prefixes) on one China
/// day: the lines of the drugs other than the first started that day are flagged, one flag per class and day. The
/// background gives one drug of a class a day; a plant adds a second. Each prefix also names a second drug (its
/// completion with a V), so that every class has two.
/// </summary>
internal sealed class TherapeuticDuplicatePlanter(CompiledRule rule) : RulePlanter(rule)
{
    private const int Attempts = 8, DrugsTried = 24;
    private readonly EntryDays _days = new();
    private bool[] _usable = [];

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.SelectMany(code => code.EndsWith('*') ? [code, code[..^1] + "V*"] : new[] { code })
            .Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Any(u => u);

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, Rule.Entries.Count).Select(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count > 1)];

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        foreach (DraftLine other in d.Lines)
        {
            if (other.Day == line.Day && other.Item.Code != line.Item.Code && Array.IndexOf(other.Item.Hits, hit) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int entry = c.Rng.Next(_usable.Length);
            if (!_usable[entry])
            {
                continue;
            }

            var hit = new CoverageHit(Index, entry, 0);
            int day = c.Lines.RandomDay(d);
            string? given = d.Lines.Find(l => l.Day == day && Array.IndexOf(l.Item.Hits, hit) >= 0)?.Item.Code;
            DraftLine? first = given is null ? AddAny(d, c, hit, day, null) : null;
            given ??= first?.Item.Code;
            if (given is null)
            {
                continue;
            }

            DraftLine? second = AddAny(d, c, hit, day, given);
            if (second is not null)
            {
                second.Planted = true;
                first?.Planted = true;
                return true;
            }

            if (first is not null)
            {
                d.Remove(first);
            }
        }

        return false;
    }

    /// <summary>Adds a line of a drug of the class other than <paramref name="not"/> that the other rules admit, drawing a few times; null when none was.</summary>
    private DraftLine? AddAny(StayDraft d, PlantingContext c, CoverageHit hit, int day, string? not)
    {
        for (int tried = 0; tried < DrugsTried; tried++)
        {
            CatalogueItem drug = c.Rng.Pick(c.Candidates(hit, Family));
            if (drug.Code == not)
            {
                continue;
            }

            DraftLine line = c.Lines.Create(d, drug, day);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                return line;
            }
        }

        return null;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into) =>
        _days.ForEach(d, hits, (entry, lines) =>
        {
            string first = d.Lines[lines[0]].Item.Code;
            List<int> later = lines.FindAll(i => d.Lines[i].Item.Code != first);
            if (later.Count > 0)
            {
                into.Add(new ExpectedFlag(Index, entry, later, null));
            }
        });
}
