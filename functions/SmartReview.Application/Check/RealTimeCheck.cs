using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Check;

/// <summary>
/// The real-time check: one settlement in, its flags and their explanations out, by the same pack and rules as batch
/// scoring (<see cref="PackRegistry.Current"/>) and against the person's stays as batch scoring saved them (read
/// through <see cref="StayCache"/>). A check records nothing: no stay, no flag, no case.
/// </summary>
public sealed class RealTimeCheck(PackRegistry packs, StayCache stays)
{
    private volatile ScorerPool? _pool;

    /// <summary>
    /// Checks <paramref name="json"/> on <paramref name="basis"/>; a facility user passes <paramref name="ownFacility"/> and
    /// may check only its own settlements.
    /// </summary>
    public async Task<CheckOutcome> CheckAsync(ReadOnlyMemory<byte> json, string? ownFacility, ScreeningBasis basis, CancellationToken cancel)
    {
        ScorerPool pool = Pool();
        ScorerPool.Pooled pooled = pool.Take();
        try
        {
            ParseResult parsed = pooled.Parser.Parse(json.Span);
            if (!parsed.Ok)
            {
                return CheckOutcome.Invalid(parsed.SettlementId, parsed.Error);
            }

            Settlement settlement = parsed.Settlement;
            if (ownFacility is not null && settlement.Facility.Id != ownFacility)
            {
                return CheckOutcome.OtherFacility(settlement.Id);
            }

            if (pool.Pack.HistoryWindowDays > 0)
            {
                pooled.History.Inner = await stays.ForPersonAsync(settlement.Person.Id, cancel).ConfigureAwait(false);
            }

            IReadOnlyList<Flag> flags = pooled.Scorer.Score(settlement, basis);
            var explained = new Dictionary<string, Explanation>(StringComparer.Ordinal);
            CheckedFlag[] checkedFlags = [.. flags.Select(f => new CheckedFlag(f, Explained(f.RuleId)))];
            return CheckOutcome.Checked(settlement.Id, pool.Pack.Label, basis.For(settlement.DischargeDate), checkedFlags);

            Explanation Explained(string ruleId) =>
                explained.TryGetValue(ruleId, out Explanation? known) ? known : explained[ruleId] = pooled.Scorer.Explain(settlement, ruleId, basis);
        }
        finally
        {
            pool.Return(pooled);
        }
    }

    private ScorerPool Pool()
    {
        CompiledPack current = packs.Current;
        ScorerPool? pool = _pool;
        if (pool is null || pool.Pack != current)
        {
            _pool = pool = new ScorerPool(current);
        }

        return pool;
    }
}
