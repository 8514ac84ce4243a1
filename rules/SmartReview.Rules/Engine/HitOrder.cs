using System.Numerics;

namespace SmartReview.Rules.Engine;

/// <summary>
/// Sorts a settlement's hits by rule, entry and line (then role), in buffers reused from settlement to settlement.
/// The scorer adds hits in line order, so a stable counting sort by rule leaves each rule's run almost sorted; a run
/// is then finished on packed 64-bit keys, by insertion when short. With hundreds of rules one comparison sort of all
/// the hits was a fifth of scoring. Hits whose fields do not fit the key (never in practice) are sorted the plain way.
/// </summary>
internal sealed class HitOrder(int rules)
{
    private const int RoleBits = 4, LineBits = 20, EntryBits = 22, RuleBits = 18;
    private const int LineShift = RoleBits, EntryShift = LineShift + LineBits, RuleShift = EntryShift + EntryBits;
    private const int ShortRun = 32;
    private readonly int[] _ends = new int[rules];
    private readonly ulong[] _seen = new ulong[(rules + 63) / 64];
    private ulong[] _keys = new ulong[256];

    /// <summary>Sorts <paramref name="hits"/> in place; every hit's rule must be below the count given at construction.</summary>
    public void Sort(Span<Hit> hits)
    {
        if (hits.Length < 2)
        {
            return;
        }

        if (_keys.Length < hits.Length)
        {
            _keys = new ulong[Math.Max(hits.Length, _keys.Length * 2)];
        }

        // Count each rule's hits (_ends holds counts, then ends), marking the rules seen in a bit set that lists them in order.
        foreach (Hit h in hits)
        {
            if (!Fits(h))
            {
                Reset();
                hits.Sort();
                return;
            }

            _ends[h.Rule]++;
            _seen[h.Rule >> 6] |= 1UL << h.Rule;
        }

        int end = 0;
        for (int w = 0; w < _seen.Length; w++)
        {
            for (ulong bits = _seen[w]; bits != 0; bits &= bits - 1)
            {
                int rule = (w << 6) + BitOperations.TrailingZeroCount(bits);
                end += _ends[rule];
                _ends[rule] = end;
            }
        }

        // Place keys from the back so that each rule's run keeps the hits' order.
        Span<ulong> keys = _keys.AsSpan(0, hits.Length);
        for (int i = hits.Length - 1; i >= 0; i--)
        {
            Hit h = hits[i];
            keys[--_ends[h.Rule]] = ((ulong)h.Rule << RuleShift) | ((ulong)(uint)(h.Entry + 1) << EntryShift) | ((ulong)h.Line << LineShift) | h.Role;
        }

        // Each rule's run now starts at its _ends entry and stops where the next one starts.
        int from = 0;
        for (int w = 0; w < _seen.Length; w++)
        {
            for (ulong bits = _seen[w]; bits != 0; bits &= bits - 1)
            {
                int to = _ends[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                SortRun(keys[from..to]);
                from = to;
            }
        }

        SortRun(keys[from..]);
        Reset();
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = keys[i];
            hits[i] = new Hit((int)(k >> RuleShift), (int)((k >> EntryShift) & ((1u << EntryBits) - 1)) - 1,
                (int)((k >> LineShift) & ((1u << LineBits) - 1)), (byte)(k & ((1u << RoleBits) - 1)));
        }
    }

    private static bool Fits(Hit h) =>
        (uint)h.Rule < 1u << RuleBits && (uint)(h.Entry + 1) < 1u << EntryBits && (uint)h.Line < 1u << LineBits && h.Role < 1 << RoleBits;

    private static void SortRun(Span<ulong> run)
    {
        if (run.Length > ShortRun)
        {
            run.Sort();
            return;
        }

        for (int i = 1; i < run.Length; i++)
        {
            ulong k = run[i];
            int j = i - 1;
            while (j >= 0 && run[j] > k)
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = k;
        }
    }

    private void Reset()
    {
        for (int w = 0; w < _seen.Length; w++)
        {
            for (ulong bits = _seen[w]; bits != 0; bits &= bits - 1)
            {
                _ends[(w << 6) + BitOperations.TrailingZeroCount(bits)] = 0;
            }

            _seen[w] = 0;
        }
    }
}
