using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic;

/// <summary>The entry point: writes a synthetic batch of settlements with planted violations and their ground truth.</summary>
public static class SyntheticBatch
{
    /// <summary>
    /// Writes <see cref="GeneratorOptions.Count"/> settlements as JSON Lines to <paramref name="settlements"/>, one
    /// ground-truth record per expected flag to <paramref name="truth"/> (see <see cref="Truth.PlantedViolation"/>)
    /// and, when given, one record per malformed settlement to <paramref name="rejectsTruth"/>
    /// (<see cref="Truth.RejectedRecord"/>). Streams stay open; memory does not grow with the count beyond a small
    /// per-person table (capped). Violations are planted for every enabled rule of <paramref name="pack"/> whose family
    /// the generator knows; the background breaks none of them.
    /// </summary>
    public static GenerationResult Write(CompiledPack pack, GeneratorOptions options, Stream settlements, Stream truth, Stream? rejectsTruth = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new Generator(pack, options).Run(settlements, truth, rejectsTruth);
    }
}
