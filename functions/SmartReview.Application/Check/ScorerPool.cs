using System.Collections.Concurrent;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Check;

/// <summary>
/// Parsers and scorers for concurrent checks (neither is thread-safe): taken for one request and given back. The pool
/// belongs to one pack; when the registry swaps packs a new pool starts and the old one's scorers are dropped.
/// </summary>
internal sealed class ScorerPool(CompiledPack pack)
{
    private const int Keep = 64;
    private readonly ConcurrentBag<Pooled> _idle = [];

    public CompiledPack Pack => pack;

    public Pooled Take()
    {
        if (_idle.TryTake(out Pooled? pooled))
        {
            return pooled;
        }

        var history = new ReadOnlyStayHistory();
        return new Pooled(new SettlementParser(), pack.CreateScorer(history), history);
    }

    public void Return(Pooled pooled)
    {
        pooled.History.Inner = null;
        if (_idle.Count < Keep)
        {
            _idle.Add(pooled);
        }
    }

    internal sealed record Pooled(SettlementParser Parser, Scorer Scorer, ReadOnlyStayHistory History);
}
