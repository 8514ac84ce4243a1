using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// Shared shape of the "item restricted to …" families: each entry carries a limit; a line whose code the entry covers
/// and that breaks the limit is flagged, one flag per entry with all its breaking lines. Planting adds one line of an
/// entry's item where the stay breaks the entry's limit; the background keeps every covered line within its limits.
/// </summary>
internal abstract class ItemRestrictionPlanter<TLimit> : RulePlanter where TLimit : class
{
    private const int EntriesTried = 64;
    private bool[] _usable = [];

    protected ItemRestrictionPlanter(CompiledRule rule, Func<ValueReader, TLimit> read) : base(rule) =>
        Limits = [.. rule.Entries.Select(e => read(Reader(e.Attributes)))];

    protected TLimit[] Limits { get; }

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Any(u => u);

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, Limits.Length).Select(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count > 0)];

    /// <summary>True when <paramref name="line"/> breaks <paramref name="limit"/> on this stay (the family's condition).</summary>
    protected abstract bool Breaks(StayDraft d, DraftLine line, TLimit limit);

    /// <summary>Brings a background line within the limit where the family allows it (e.g. lowers a price). False when it cannot.</summary>
    protected virtual bool Fit(StayDraft d, DraftLine line, TLimit limit) => !Breaks(d, line, limit);

    /// <summary>Makes a planted line break the limit where the family allows it (e.g. raises a price). False when it cannot.</summary>
    protected virtual bool Spoil(StayDraft d, DraftLine line, TLimit limit) => Breaks(d, line, limit);

    /// <summary>Undoes what <see cref="Spoil"/> changed on the stay when the spoilt line could not be added.</summary>
    protected virtual void Unspoil(StayDraft d, DraftLine line, TLimit limit) { }

    protected bool Usable(int entry) => _usable[entry];

    /// <summary>Items of an entry tried on one stay before the next entry: more where other rules often refuse them.</summary>
    protected virtual int ItemsTried => 1;

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit) => Fit(d, line, Limits[hit.Entry]);

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int start = c.Rng.Next(Limits.Length);
        for (int k = 0; k < Math.Min(Limits.Length, EntriesTried); k++)
        {
            int entry = (start + k) % Limits.Length;
            if (!_usable[entry])
            {
                continue;
            }

            for (int tried = 0; tried < ItemsTried; tried++)
            {
                DraftLine line = c.Lines.Create(d, c.Rng.Pick(c.Candidates(new CoverageHit(Index, entry, 0), Family)), c.Lines.RandomDay(d));
                if (!Spoil(d, line, Limits[entry]))
                {
                    break;
                }

                if (c.TryAdd(d, line, exceptFamily: Family))
                {
                    line.Planted = true;
                    return true;
                }

                Unspoil(d, line, Limits[entry]);
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            List<int>? breaking = null;
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                if (Breaks(d, d.Lines[hits[end].Line], Limits[entry]))
                {
                    (breaking ??= []).Add(hits[end].Line);
                }
            }

            if (breaking is not null)
            {
                into.Add(new ExpectedFlag(Index, entry, breaking, null));
            }

            start = end;
        }
    }
}
