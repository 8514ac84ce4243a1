using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Batches;

/// <summary>
/// The pack in force. <see cref="Swap"/> replaces it without a restart: work already started finishes on the old
/// pack, each new batch picks up the new one (every flag names the pack version that produced it).
/// </summary>
public sealed class PackRegistry(CompiledPack initial)
{
    private volatile CompiledPack _current = initial;

    public CompiledPack Current => _current;

    public event Action<CompiledPack>? Swapped;

    public void Swap(CompiledPack next)
    {
        _current = next;
        Swapped?.Invoke(next);
    }

    /// <summary>Loads and compiles <paramref name="path"/>, then swaps; an invalid pack throws and leaves the current one.</summary>
    public CompiledPack Reload(string path)
    {
        CompiledPack next = PackCompiler.Load(path);
        Swap(next);
        return next;
    }
}
