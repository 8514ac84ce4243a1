namespace SmartReview.Rules.Engine;

/// <summary>
/// Sorts a settlement's hits by rule, entry and line (then role) through packed 64-bit keys: sorting primitives is
/// several times faster than comparing structs, and with hundreds of rules the sort was a tenth of scoring. Hits whose
/// fields do not fit the key (never in practice) are sorted the plain way.
/// </summary>
internal static class HitOrder
{
    private const int RoleBits = 4, LineBits = 20, EntryBits = 22, RuleBits = 18;
    private const int LineShift = RoleBits, EntryShift = LineShift + LineBits, RuleShift = EntryShift + EntryBits;

    /// <summary>Sorts <paramref name="hits"/> in place; <paramref name="keys"/> is the caller's buffer, grown when too small.</summary>
    public static void Sort(Span<Hit> hits, ref ulong[] keys)
    {
        if (hits.Length < 2)
        {
            return;
        }

        if (keys.Length < hits.Length)
        {
            keys = new ulong[Math.Max(hits.Length, keys.Length * 2)];
        }

        Span<ulong> packed = keys.AsSpan(0, hits.Length);
        for (int i = 0; i < hits.Length; i++)
        {
            Hit h = hits[i];
            uint entry = (uint)(h.Entry + 1);
            if ((uint)h.Rule >= 1u << RuleBits || entry >= 1u << EntryBits || (uint)h.Line >= 1u << LineBits || h.Role >= 1 << RoleBits)
            {
                hits.Sort();
                return;
            }

            packed[i] = ((ulong)h.Rule << RuleShift) | ((ulong)entry << EntryShift) | ((ulong)h.Line << LineShift) | h.Role;
        }

        packed.Sort();
        for (int i = 0; i < packed.Length; i++)
        {
            ulong k = packed[i];
            hits[i] = new Hit((int)(k >> RuleShift), (int)((k >> EntryShift) & ((1u << EntryBits) - 1)) - 1,
                (int)((k >> LineShift) & ((1u << LineBits) - 1)), (byte)(k & ((1u << RoleBits) - 1)));
        }
    }
}
