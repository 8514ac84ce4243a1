using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>
/// Scores settlements against one compiled pack in a single pass over each settlement's lines. Not thread-safe:
/// create one per thread with <see cref="CompiledPack.CreateScorer"/> (the pack and the history are shared).
/// </summary>
public sealed class Scorer
{
    private const int CodeCacheLimit = 1 << 16;
    private readonly CompiledPack _pack;
    private readonly IStayHistory? _history;
    private readonly RuleContext _context;
    private readonly Dictionary<string, Hit[]> _codeCache = new(StringComparer.Ordinal);
    private readonly (string? Code, Hit[] Hits)[] _recent = new (string?, Hit[])[4096];
    private readonly int[] _stamp;
    private readonly bool[] _active;
    private readonly bool[] _readsHistory;
    private readonly bool[] _judgesLinesAlone;
    private readonly HitOrder _order;
    private int _generation;

    internal Scorer(CompiledPack pack, IStayHistory? history)
    {
        _pack = pack;
        _history = history;
        _context = new RuleContext(pack.Label);
        _stamp = new int[pack.Rules.Count];
        _active = new bool[pack.Rules.Count];
        _readsHistory = [.. pack.Rules.Select(r => r.ReadsHistory)];
        _judgesLinesAlone = [.. pack.Rules.Select(r => r.JudgesLinesAlone)];
        _order = new HitOrder(pack.Rules.Count);
    }

    public CompiledPack Pack => _pack;

    /// <summary>The flags of <paramref name="settlement"/>, judged by the rules in force on its discharge date.</summary>
    public IReadOnlyList<Flag> Score(Settlement settlement) => Run(settlement, default, only: null);

    /// <summary>The flags of <paramref name="settlement"/>, judged by the rules in force on <paramref name="basis"/>' date for it.</summary>
    public IReadOnlyList<Flag> Score(Settlement settlement, ScreeningBasis basis) => Run(settlement, basis, only: null);

    /// <summary>The facility-month figures gathered since the last call, for <see cref="Indicators.IndicatorReport"/>; starts a new tally.</summary>
    public Indicators.IndicatorTally TakeIndicators()
    {
        Indicators.IndicatorTally taken = _context.Indicators;
        _context.Indicators = new Indicators.IndicatorTally();
        return taken;
    }

    /// <summary>Evaluates one rule on <paramref name="basis"/> with a trace: every condition checked, with its values, fired or not.</summary>
    public Explanation Explain(Settlement settlement, string ruleId, ScreeningBasis basis = default)
    {
        CompiledRule rule = _pack.Find(ruleId) ?? throw new ArgumentException($"rule '{ruleId}' is not in pack {_pack.Label}", nameof(ruleId));
        var trace = new Trace();
        _context.Trace = trace;
        try
        {
            IReadOnlyList<Flag> flags = Run(settlement, basis, rule);
            return new Explanation(settlement.Id, rule.Definition, _pack.Label, basis.For(settlement.DischargeDate), trace.Conditions, flags);
        }
        finally
        {
            _context.Trace = null;
        }
    }

    private IReadOnlyList<Flag> Run(Settlement s, ScreeningBasis basis, CompiledRule? only)
    {
        RuleContext ctx = _context;
        Trace? trace = ctx.Trace;
        ctx.Reset(s, basis);
        _generation++;
        List<Hit> hits = ctx.PendingHits;
        ReadOnlySpan<LineItem> lines = ctx.Lines;
        CompiledRule[][] observersByCategory = _pack.ObserversByCategory;
        for (int i = 0; i < lines.Length; i++)
        {
            LineItem line = lines[i];
            ctx.Count(i, line);
            foreach (Hit target in Lookup(line.Code))
            {
                if ((only is null || target.Rule == only.Index) && IsActive(target.Rule, s) && Keeps(target, line))
                {
                    hits.Add(target with { Line = i });
                }
            }

            foreach (CompiledRule observer in observersByCategory[(int)line.Category])
            {
                if ((only is null || observer == only) && IsActive(observer.Index, s))
                {
                    observer.Observe(ctx, i);
                }
            }
        }

        if (_history is not null && _pack.HistoryWindowDays > 0)
        {
            StayRecord stay = ctx.Stay;
            ctx.Neighbours = trace is null ? _history.Admit(stay, _pack.HistoryWindowDays) : _history.Neighbours(stay, _pack.HistoryWindowDays);
        }

        if (trace is not null && !TraceApplicability(only!, s, basis, trace, hits.Count))
        {
            return [];
        }

        if (_pack.HasIndicators && trace is null)
        {
            ctx.Tally();
        }

        EvaluateHits(CollectionsMarshal.AsSpan(hits));
        foreach (CompiledRule rule in _pack.SettlementLevel)
        {
            if ((only is null || rule == only) && IsActive(rule.Index, s))
            {
                rule.Evaluate(ctx, []);
            }
        }

        return ctx.Flags.Count == 0 ? [] : [.. ctx.Flags];
    }

    private void EvaluateHits(Span<Hit> hits)
    {
        _order.Sort(hits);
        int start = 0;
        while (start < hits.Length)
        {
            int end = start + 1;
            while (end < hits.Length && hits[end].Rule == hits[start].Rule)
            {
                end++;
            }

            _pack.Rules[hits[start].Rule].Evaluate(_context, hits[start..end]);
            start = end;
        }
    }

    private static bool TraceApplicability(CompiledRule rule, Settlement s, ScreeningBasis basis, Trace trace, int matched)
    {
        trace.Check("Check_Enabled", rule.Definition.Enabled, rule.Definition.Enabled);
        bool inForce = rule.Definition.InForceOn(basis.JudgingDate(s.DischargeDate));
        trace.Check("Check_InForce", inForce, basis.For(s.DischargeDate).Text, rule.Definition.EffectiveFrom, rule.Definition.EffectiveTo);
        bool inScope = rule.Definition.Scope.Covers(s);
        trace.Check("Check_InScope", inScope, s.Scheme, s.Setting, s.Facility.Level);
        if (!rule.AppliesTo(s, basis) && !rule.ReadsHistory)
        {
            return false;
        }

        if (rule.IndexedCodes.Any())
        {
            trace.Check("Check_CodesMatched", matched > 0, matched, rule.Entries.Count);
        }

        return true;
    }

    private bool IsActive(int rule, Settlement s)
    {
        if (_stamp[rule] != _generation)
        {
            _stamp[rule] = _generation;
            CompiledRule r = _pack.Rules[rule];
            _active[rule] = _readsHistory[rule] ? r.Definition.Enabled : r.AppliesTo(s, _context.Basis);
        }

        return _active[rule];
    }

    private bool Keeps(Hit target, LineItem line) =>
        !_judgesLinesAlone[target.Rule] || _context.Trace is not null || _pack.Rules[target.Rule].Keeps(_context, target.Entry, line);

    private Hit[] Lookup(string code)
    {
        // The parser pools code strings, so the same code mostly comes as the same object: try it by reference first.
        ref (string? Code, Hit[] Hits) recent = ref _recent[RuntimeHelpers.GetHashCode(code) & (_recent.Length - 1)];
        if (ReferenceEquals(recent.Code, code))
        {
            return recent.Hits;
        }

        if (_codeCache.TryGetValue(code, out Hit[]? cached))
        {
            recent = (code, cached);
            return cached;
        }

        if (_codeCache.Count >= CodeCacheLimit)
        {
            _codeCache.Clear();
        }

        Hit[] found = _pack.Index.Lookup(code);
        _codeCache[code] = found;
        recent = (code, found);
        return found;
    }
}
